// Generated hostile messages for the fuzz run: what a partner with its own broker login and a
// genuine key can put on an authority's inbox and receipts topics. Half are raw (any bytes, any
// headers, any schema id, bodies whose declared counts lie); half are signed with the partner's
// genuine key: real records of the contract with one value made hostile (a date of 9e15 ms, a
// string with NUL or of 100 KB, a map key of `$` or NUL, an array of thousands), array bombs, and
// receipts about made-up records and acts. fast-check draws them from a seed, so a run is repeatable.
import { avroType, botenClosure, dakTaOocSeizure, dakTaOocHit, gateLocation, makeSample, truckAlert, type RecordName } from '@bex/schemas';
import { inboxTopic, receiptTopic, redactFor, type Agreement, type AuthorityCode, type Receipt, type ShareableRecord } from '@bex/shared';
import type avro from 'avsc';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { seededRng, type Rng } from '../chaos/rng';
import { framedWith, type Forge, type WireMessage } from './forge';

export interface HostileMessage extends WireMessage {
  topic: string;
  kind: string;
  signed: boolean;
}

const MAX_WIRE_BYTES = 1_000_000;

const ODD_NAMES = ['a\u0000b', '$where', 'a.b', '__proto__', 'bex-signature', 'bex-source', 'bex-key-id', '', 'x'.repeat(300)];
const headerName = fc.oneof(fc.constantFrom(...ODD_NAMES), fc.string({ unit: 'binary', maxLength: 40 }));
const headerValue = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)), fc.constantFrom('VN', 'LA', '\u0000'));
const headers = fc.dictionary(headerName, headerValue, { maxKeys: 8 });

type Raw = { kind: string; value: Buffer | null; key: Buffer | null; headers: Record<string, string | Buffer> };

const rawMessage: fc.Arbitrary<Raw> = fc.oneof(
  fc.record({ kind: fc.constant('raw-bytes'), value: fc.uint8Array({ maxLength: 4096 }).map((b) => Buffer.from(b)), key: fc.option(fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b)), { nil: null }), headers }),
  fc.record({ kind: fc.constant('raw-null-value'), value: fc.constant(null), key: fc.constant(null), headers }),
  fc.record({
    kind: fc.constant('raw-schema-id'),
    value: fc.tuple(fc.oneof(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 200 })), fc.uint8Array({ maxLength: 512 })).map(([id, body]) => framedWith(id, Buffer.from(body))),
    key: fc.constant(null),
    headers,
  }),
);

// Beyond what a Date holds (±8.64e15), before the epoch, and just outside the years records may name.
const HOSTILE_LONGS = [9e15, -9e15, 8.64e15 + 1, -1, 0, Date.UTC(1899, 0, 1), Date.UTC(2201, 0, 1)];
const hostileString = fc.oneof(
  fc.constantFrom('', '\u0000', '$x', 'a.b', '\u0000$.'),
  fc.string({ unit: 'binary', maxLength: 100 }),
  fc.integer({ min: 1_000, max: 100_000 }).map((n) => 'x'.repeat(n)),
);

interface Slot {
  parent: Record<string, unknown> | unknown[];
  key: string | number;
  type: avro.Type;
}

/** Every place in a record value whose type the fuzz knows how to make hostile. */
function slots(type: avro.Type, value: unknown, parent: Slot['parent'] | null, key: string | number, out: Slot[]): void {
  const t = type as avro.Type & { types?: avro.Type[]; fields?: Array<{ name: string; type: avro.Type }>; itemsType?: avro.Type; valuesType?: avro.Type };
  if (type.typeName.startsWith('union')) {
    const branch = t.types!.find((b) => b.typeName !== 'null' && b.isValid(value));
    if (branch !== undefined) slots(branch, value, parent, key, out);
    return;
  }
  if (parent !== null && ['long', 'string', 'array', 'map', 'int'].includes(type.typeName)) out.push({ parent, key, type });
  if (type.typeName === 'record' && value !== null && typeof value === 'object') {
    for (const f of t.fields!) slots(f.type, (value as Record<string, unknown>)[f.name], value as Record<string, unknown>, f.name, out);
  } else if (type.typeName === 'array' && Array.isArray(value)) {
    value.forEach((item, i) => slots(t.itemsType!, item, value, i, out));
  }
}

function hostileValueFor(slot: Slot, rng: Rng, strings: readonly string[]): unknown {
  const pick = <T>(xs: readonly T[]): T => rng.pick(xs);
  switch (slot.type.typeName) {
    case 'long':
      return pick(HOSTILE_LONGS);
    case 'int':
      return pick([-2147483648, 2147483647, 0, -1]);
    case 'string':
      return pick(strings);
    case 'array': {
      const items = (slot.type as avro.types.ArrayType).itemsType;
      const current = (slot.parent as Record<string, unknown[]>)[slot.key as string] ?? [];
      const n = pick([1_000, 10_000, 50_000]);
      const sample = current[0] ?? (items.typeName === 'string' ? 'LA-DTO' : undefined);
      return sample === undefined ? current : Array.from({ length: n }, () => sample);
    }
    case 'map':
      return Object.fromEntries([[pick(['\u0000', '$gt', 'a.b', '', 'x'.repeat(500)]), 'v'], ['en', 'text']]);
    default:
      return undefined;
  }
}

const BASES: Record<RecordName, () => object> = {
  SeizureCase: () => ({ ...dakTaOocSeizure, location: gateLocation('VN-NGI') }),
  VehicleRiskAlert: () => ({ ...truckAlert, validFrom: Date.now() - 86_400_000, validUntil: Date.now() + 30 * 86_400_000 }),
  AlertHit: () => ({ ...dakTaOocHit, reportingAuthority: 'VN', location: gateLocation('VN-NGI') }),
  PolicyChange: () => ({ ...botenClosure, affectedGates: ['VN-NGI'] }),
};

export interface HostileContext {
  forge: Forge;
  prefix: string;
  /** The authority under attack, and the partner whose key and login attack it. */
  victim: AuthorityCode;
  attacker: AuthorityCode;
  agreement: Agreement | undefined;
  /** A record of the victim the attacker holds: receipts name it. */
  victimRecordId: string;
}

/** `count` hostile messages from `seed`: half raw, half signed with the attacker's genuine key. */
export async function hostileMessages(ctx: HostileContext, count: number, seed: number): Promise<HostileMessage[]> {
  const rng = seededRng(seed);
  const raws = fc.sample(rawMessage, { seed, numRuns: Math.ceil(count / 2) });
  const strings = fc.sample(hostileString, { seed: seed + 1, numRuns: 200 });
  const inboxes = (['SeizureCase', 'VehicleRiskAlert', 'AlertHit', 'PolicyChange'] as const).map((t) => ({ type: t, topic: inboxTopic(ctx.victim, t, ctx.prefix) }));
  const receipts = receiptTopic(ctx.victim, ctx.prefix);
  const out: HostileMessage[] = [];
  for (let i = 0; i < count; i++) {
    const signed = i % 2 === 1;
    if (!signed) {
      const raw = raws[Math.floor(i / 2)]!;
      const topic = rng.int(5) === 4 ? receipts : rng.pick(inboxes).topic;
      out.push({ ...raw, topic, signed: false });
      continue;
    }
    const choice = rng.int(10);
    if (choice === 0) {
      const { type, topic } = inboxes[0]!;
      out.push({ ...(await ctx.forge.arrayBomb(ctx.attacker, shareable(ctx, type), 1_000_000 + rng.int(200_000_000))), topic, kind: 'signed-array-bomb', signed: true });
    } else if (choice <= 2) {
      out.push({ ...(await ctx.forge.receipt(ctx.attacker, hostileReceipt(ctx, rng))), topic: receipts, kind: 'signed-receipt', signed: true });
    } else {
      out.push(await hostileRecord(ctx, rng, strings, inboxes));
    }
  }
  return out;
}

/**
 * A real record with one value made hostile, signed with the attacker's key. A value the signer
 * itself refuses (a revision below 1) or avsc cannot encode is drawn again: the run's signed half
 * must be signed.
 */
async function hostileRecord(ctx: HostileContext, rng: Rng, strings: readonly string[], inboxes: ReadonlyArray<{ type: RecordName; topic: string }>): Promise<HostileMessage> {
  for (;;) {
    const { type, topic } = rng.pick(inboxes);
    const record = shareable(ctx, type) as Record<string, unknown>;
    const found: Slot[] = [];
    slots(avroType(type), record, null, '', found);
    const slot = rng.pick(found);
    (slot.parent as Record<string | number, unknown>)[slot.key] = hostileValueFor(slot, rng, strings);
    if (!avroType(type).isValid(record)) continue;
    try {
      const message = await ctx.forge.signed(ctx.attacker, record);
      // What the broker would refuse (its max.message.bytes, 1 MB by default) never reaches the victim.
      if ((message.value?.length ?? 0) > MAX_WIRE_BYTES) continue;
      return { ...message, topic, kind: `signed-${slot.type.typeName}`, signed: true };
    } catch {
      continue;
    }
  }
}

function shareable(ctx: HostileContext, type: RecordName): object {
  const sample = makeSample(type, { source: ctx.attacker, recipient: ctx.victim, recordId: randomUUID(), base: BASES[type]() as never });
  const shared = redactFor(sample as unknown as ShareableRecord, ctx.agreement, new Date());
  return structuredClone(shared.shared ? shared.record : sample);
}

function hostileReceipt(ctx: HostileContext, rng: Rng): Receipt {
  const kind = rng.pick(['DELIVERED', 'VIEWED', 'ACTIONED'] as const);
  const odd = rng.int(4);
  return {
    recordSource: ctx.victim,
    recordId: odd === 0 ? randomUUID() : ctx.victimRecordId,
    recordType: 'VehicleRiskAlert',
    revision: odd === 1 ? 2_147_483_647 : 1,
    from: ctx.attacker,
    kind,
    at: odd === 2 ? rng.pick(HOSTILE_LONGS) : Date.now(),
    actionRecordId: kind === 'ACTIONED' ? (odd === 3 ? 'x'.repeat(37 + rng.int(5000)) : randomUUID()) : null,
    actionRecordType: kind === 'ACTIONED' ? 'AlertHit' : null,
  };
}
