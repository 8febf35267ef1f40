// A deterministic year of exchange across the gates of the seeds, as the api calls that make it:
// seizures by season, category and route; alerts with their amendments, suspensions, reinstatements
// and withdrawals, and partners' hits on them; the year's checkpoint changes. Pure: the same seed,
// scale and day give the same calls, in the same order; nothing here talks to an api.
// The sample templates are spread, never cloned: requestBody() builds new objects anyway, and
// structuredClone under jest makes objects of another realm that the JSON conversion (which walks
// plain objects only) would pass through unconverted.
import { requestBody, type OperationId } from '@bex/api';
import { botenClosure, dakTaOocHit, dakTaOocSeizure, gateLocation, truckAlert, type GateCode } from '@bex/schemas';
import { seededRng, type Rng } from '../../chaos/rng';
import { ALERT_TARGETS, FESTIVE_CATEGORIES, FESTIVE_MONTHS, GATE_AUTHORITY, GATE_PROFILES, MONTH_WEIGHT, PLATE_PREFIX, POLICY_SCRIPT, type Authority, type Flow, type GateProfile } from './profiles';

const DAY = 86_400_000;
const HOUR = 3_600_000;

export interface YearOptions {
  seed: number;
  /** 1 is about 300 seizures, 48 alerts and their hits, and the year's checkpoint changes. */
  scale: number;
  /** The year ends on this day (UTC midnight of it is used, so a plan made twice in a day is the same). */
  now: number;
}

/** One api call. `target` names an earlier step whose record this one changes or refers to. */
export interface Step {
  name: string;
  authority: Authority;
  operation: OperationId;
  target?: string;
  /** The request body; `ids` maps the names of earlier steps to the record ids their 202s gave. */
  body?: (ids: ReadonlyMap<string, string>) => unknown;
}

export interface YearPlan {
  steps: Step[];
  counts: Record<string, number>;
}

function weighted<T>(rng: Rng, items: readonly T[], weightOf: (t: T) => number): T {
  const total = items.reduce((n, t) => n + weightOf(t), 0);
  let r = rng.next() * total;
  for (const t of items) {
    r -= weightOf(t);
    if (r < 0) return t;
  }
  return items[items.length - 1]!;
}

/** A day of the year, the seasons' weights (and the festive peak of the flow's goods) applied. */
function seasonalDay(rng: Rng, start: number, flow: Flow): number {
  const days = Array.from({ length: 365 }, (_, d) => d);
  const weightOf = (d: number): number => {
    const month = new Date(start + d * DAY).getUTCMonth();
    return MONTH_WEIGHT[month]! * (FESTIVE_CATEGORIES.has(flow.goods.category) && FESTIVE_MONTHS.has(month) ? 2.5 : 1);
  };
  return weighted(rng, days, weightOf);
}

const plateOf = (rng: Rng, country: string): string => `${PLATE_PREFIX[country] ?? country}-${100 + rng.int(900)}.${10 + rng.int(90)}`;
const quantityOf = (rng: Rng, flow: Flow): string => {
  const q = flow.goods.min + rng.next() * (flow.goods.max - flow.goods.min);
  return flow.goods.unit === 'NAR' ? String(Math.round(q / 100) * 100) : q.toFixed(1);
};

function seizureBody(rng: Rng, profile: GateProfile, flow: Flow, seizedAt: number, seq: number): unknown {
  const year = new Date(seizedAt).getUTCFullYear();
  const country = flow.origin && flow.origin !== profile.authority ? flow.origin : flow.destination;
  return requestBody('SeizureCase', {
    ...dakTaOocSeizure,
    meta: { ...dakTaOocSeizure.meta, handlingCode: rng.chance(0.7) ? 'H1' : 'H2', retainUntil: seizedAt + 10 * 365 * DAY },
    caseReference: `${profile.gate}-${year}-${String(seq).padStart(4, '0')}`,
    seizedAt,
    location: gateLocation(profile.gate as GateCode),
    direction: flow.direction,
    conveyance: { ...dakTaOocSeizure.conveyance!, conveyanceType: rng.chance(0.6) ? 'TRUCK' : 'TRACTOR_TRAILER', plate: plateOf(rng, country), plateCountry: country, make: null, model: null, colour: null },
    goods: [{ hsCode: flow.goods.hsCode, category: flow.goods.category, quantity: quantityOf(rng, flow), unit: flow.goods.unit, value: null, currency: null, description: { lo: flow.goods.lo, vi: flow.goods.vi, zh: flow.goods.zh, en: flow.goods.en } }],
    concealment: { method: flow.concealment, text: null },
    detectionMethod: rng.pick(['XRAY', 'K9', 'RISK_PROFILE', 'INTELLIGENCE', 'PHYSICAL_EXAMINATION']),
    route: { origin: flow.origin, departure: flow.direction === 'IMPORT' ? (flow.origin ?? null) : profile.authority, transit: [], destination: flow.destination },
    persons: [],
    companies: [],
    outcome: rng.pick(['GOODS_SEIZED', 'PERSONS_ARRESTED', 'UNDER_INVESTIGATION', 'REFERRED_TO_POLICE']),
    media: [],
    narrative: null,
  });
}

function alertBody(rng: Rng, targets: readonly [string, string], plate: string, plateCountry: string, issuedAt: number, validDays: number, urgent: boolean, deadlineDays: number): Record<string, unknown> {
  const body = requestBody('VehicleRiskAlert', {
    ...truckAlert,
    vehicle: { ...truckAlert.vehicle!, plate, plateCountry, make: null, model: null, colour: null },
    priority: urgent ? 'URGENT' : 'ROUTINE',
    riskLevel: urgent ? 'HIGH' : rng.pick(['LOW', 'MEDIUM']),
    requestedAction: rng.pick(['SIGHT_AND_REPORT', 'SPECIFIC_CHECK', 'SPECIFIC_CHECK', 'SEIZE_AND_NOTIFY']),
    targetGates: [...targets],
    validFrom: issuedAt,
    validUntil: issuedAt + validDays * DAY,
    responseDeadline: urgent ? issuedAt + deadlineDays * DAY : null,
    lastSeenAt: issuedAt - (1 + rng.int(5)) * DAY,
  }) as Record<string, unknown>;
  return body;
}

export function planYear(opts: YearOptions): YearPlan {
  const rng = seededRng(opts.seed);
  const today = Math.floor(opts.now / DAY) * DAY;
  const start = today - 365 * DAY;
  const steps: Step[] = [];
  const counts: Record<string, number> = {};
  const count = (what: string): void => void (counts[what] = (counts[what] ?? 0) + 1);

  // Seizures, each gate's by its own authority, in time order.
  const seizures = Array.from({ length: Math.round(300 * opts.scale) }, () => {
    const profile = weighted(rng, GATE_PROFILES, (p) => p.weight);
    const flow = weighted(rng, profile.flows, (f) => f.weight);
    return { profile, flow, at: start + seasonalDay(rng, start, flow) * DAY + (6 + rng.int(14)) * HOUR + rng.int(60) * 60_000 };
  }).sort((a, b) => a.at - b.at);
  const seq = new Map<string, number>();
  seizures.forEach(({ profile, flow, at }, i) => {
    const n = (seq.get(profile.gate) ?? 0) + 1;
    seq.set(profile.gate, n);
    const body = seizureBody(rng, profile, flow, at, n);
    steps.push({ name: `seizure-${i}`, authority: profile.authority, operation: 'submitSeizureCase', body: () => body });
    count('SeizureCase');
  });

  // Alerts: each issuer targets its crossings; some change, some are hit by the partner across.
  const issuers: Authority[] = ['LA', 'VN', 'CN'];
  for (let i = 0; i < Math.round(48 * opts.scale); i++) {
    const issuer = weighted(rng, issuers, (a) => (a === 'CN' ? 1 : 2));
    const targets = rng.pick(ALERT_TARGETS[issuer]);
    const issuedAt = start + rng.int(360) * DAY + (7 + rng.int(10)) * HOUR;
    const urgent = rng.chance(0.35);
    const validDays = 30 + rng.int(120);
    const plateCountry = rng.pick(['LA', 'VN', 'CN', 'TH']);
    const plate = plateOf(rng, plateCountry);
    const body = alertBody(rng, targets, plate, plateCountry, issuedAt, validDays, urgent, 1 + rng.int(5));
    const name = `alert-${i}`;
    steps.push({ name, authority: issuer, operation: 'submitVehicleRiskAlert', body: () => body });
    count('VehicleRiskAlert');
    // Hits come before any later change, so they refer to revision 1.
    const partnerGate = targets[1];
    const partner = GATE_AUTHORITY[partnerGate];
    if (partner !== undefined && partner !== issuer && rng.chance(0.45)) {
      const seenAt = Math.min(issuedAt + (1 + rng.int(Math.max(1, validDays - 1))) * DAY, today - HOUR);
      const result = rng.pick(['NO_FIND', 'NO_FIND', 'SEIZURE', 'RELEASED'] as const);
      const hit = requestBody('AlertHit', {
        ...dakTaOocHit,
        alertSource: issuer,
        alertRevision: 1,
        reportingAuthority: partner,
        location: gateLocation(partnerGate as GateCode),
        seenAt,
        checkReason: 'ALERT_MATCH',
        result,
        observedVehicle: { ...dakTaOocHit.observedVehicle!, plate, plateCountry, make: null, model: null, colour: null },
        linkedSeizureId: null,
        circumstances: null,
      }) as Record<string, unknown>;
      steps.push({ name: `hit-${i}`, authority: partner, operation: 'submitAlertHit', target: name, body: (ids) => ({ ...hit, alertId: ids.get(name) }) });
      count('AlertHit');
    }
    const fate = rng.next();
    if (fate < 0.3) {
      // New information changes the priority; an alert made urgent asks for an answer within three days.
      const amended = { ...body, priority: urgent ? 'ROUTINE' : 'URGENT', responseDeadline: urgent ? null : new Date(issuedAt + 3 * DAY).toISOString() };
      steps.push({ name: `${name}-amend`, authority: issuer, operation: 'amendVehicleRiskAlert', target: name, body: () => amended });
      count('amendment');
    } else if (fate < 0.4) {
      steps.push({ name: `${name}-suspend`, authority: issuer, operation: 'suspendVehicleRiskAlert', target: name });
      count('suspension');
      if (rng.chance(0.5)) {
        steps.push({ name: `${name}-reinstate`, authority: issuer, operation: 'reinstateVehicleRiskAlert', target: name });
        count('reinstatement');
      }
    } else if (fate < 0.55) {
      steps.push({ name: `${name}-withdraw`, authority: issuer, operation: 'withdrawVehicleRiskAlert', target: name });
      count('withdrawal');
    }
  }

  // The year's checkpoint changes, in the order they happened.
  for (const p of [...POLICY_SCRIPT].sort((a, b) => b.daysAgo - a.daysAgo)) {
    const effectiveFrom = today - p.daysAgo * DAY;
    const body = requestBody('PolicyChange', {
      ...botenClosure,
      changeType: p.changeType,
      legalReference: p.legalReference,
      legalIssuedAt: effectiveFrom - 2 * DAY,
      effectiveFrom,
      effectiveUntil: p.lasts === undefined ? null : effectiveFrom + p.lasts * DAY,
      affectedGates: [p.gate],
      checkpointStatus: p.status,
      dailyVehicleLimit: p.dailyVehicleLimit,
      previousDailyVehicleLimit: p.previousDailyVehicleLimit,
      openingHours: p.openingHours,
      title: p.title,
      summary: null,
      officialLanguage: p.officialLanguage,
      documents: [],
      supersedes: [],
    }) as Record<string, unknown>;
    if (p.supersedes === undefined) steps.push({ name: p.name, authority: p.authority, operation: 'submitPolicyChange', body: () => body });
    else steps.push({ name: p.name, authority: p.authority, operation: 'supersedePolicyChange', target: p.supersedes, body: () => body });
    count(p.supersedes === undefined ? 'PolicyChange' : 'supersession');
  }
  return { steps, counts };
}
