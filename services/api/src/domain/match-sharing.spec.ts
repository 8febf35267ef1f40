import { join } from 'node:path';
import { botenSeizure, dakTaOocHit, dakTaOocSeizure, truckAlert } from '@bex/schemas';
import { loadAgreements, repositoryRoot, type Agreement, type AnyRecord } from '@bex/shared';
import { viewDocument } from '@bex/view';
import { hitFromMatch } from './match-hit';
import { hitRecipients, shareableMatched } from './match-sharing';

// The agreements as deployed: CN shares only policy changes with VN.
const DEPLOYED = loadAgreements(join(repositoryRoot(__dirname), 'deploy', 'agreements'));
const AT = new Date('2026-01-15T00:00:00Z');
const asRecord = (value: unknown): AnyRecord => structuredClone(value) as AnyRecord;
const owned = (record: unknown, source: string): AnyRecord => {
  const r = asRecord(record);
  return { ...r, meta: { ...r.meta, source, recipient: 'LA' } } as AnyRecord;
};
const cnSeizure = owned(botenSeizure, 'CN');
/** CN→VN widened to seizures, with the driver's plate and the route removed. */
const cnSharesSeizures = (removePaths: string[]): Agreement[] =>
  DEPLOYED.map((a) => (a.source === 'CN' && a.recipient === 'VN' ? { ...a, recordTypes: [...a.recordTypes, 'SeizureCase'], maxHandlingCode: 'H2', removePaths } : a));
const reach = (agreements: readonly Agreement[]) => ({ self: 'LA', alertSource: 'VN', agreements, at: AT });

describe('hitRecipients', () => {
  it('is the alert\'s issuer and every partner this authority sends hits to, never itself', () => {
    expect(hitRecipients(reach(DEPLOYED))).toEqual(['VN']);
    expect(hitRecipients({ self: 'VN', alertSource: 'LA', agreements: DEPLOYED, at: AT })).toEqual(['LA']);
    const laSendsHitsToCn = DEPLOYED.map((a) => (a.source === 'LA' && a.recipient === 'CN' ? { ...a, recordTypes: [...a.recordTypes, 'AlertHit' as const] } : a));
    expect(hitRecipients(reach(laSendsHitsToCn))).toEqual(['VN', 'CN']);
    expect(hitRecipients({ self: 'LA', alertSource: 'LA', agreements: [], at: AT })).toEqual([]);
  });
});

describe('shareableMatched', () => {
  it('keeps none of a third authority\'s record its owner does not share with the alert\'s issuer (CN→VN: policy changes only)', () => {
    expect(shareableMatched(cnSeizure, reach(DEPLOYED))).toBeUndefined();
  });

  it('keeps none when the owner has no agreement with the issuer at all, or one no longer in force', () => {
    expect(shareableMatched(cnSeizure, reach(DEPLOYED.filter((a) => !(a.source === 'CN' && a.recipient === 'VN'))))).toBeUndefined();
    expect(shareableMatched(cnSeizure, { ...reach(cnSharesSeizures([])), at: new Date('2031-01-01T00:00:00Z') })).toBeUndefined();
  });

  it('keeps what the owner\'s agreement with the issuer lets through, redacted as it says', () => {
    const shared = shareableMatched(cnSeizure, reach(cnSharesSeizures(['conveyance.plate', 'route']))) as Record<string, unknown> | undefined;
    expect(shared).toBeDefined();
    expect((shared!.conveyance as { plate: unknown; make: unknown }).plate).toBeNull();
    expect((shared!.conveyance as { make: unknown }).make).toBe('Sinotruk');
    expect(shared!.route).toBeNull();
    expect(shared!.location).toEqual(botenSeizure.location);
  });

  it('keeps none when one of several recipients may not receive it from its owner', () => {
    const withCn = cnSharesSeizures([]).map((a) => (a.source === 'LA' && a.recipient === 'CN' ? { ...a, recordTypes: [...a.recordTypes, 'AlertHit' as const] } : a));
    const vnSeizure = owned(botenSeizure, 'VN');
    expect(shareableMatched(vnSeizure, reach(withCn))).toBeUndefined();
    expect(shareableMatched(vnSeizure, reach(cnSharesSeizures([])))).toBe(vnSeizure);
  });

  it('keeps all of a record of this authority itself, or of the alert\'s issuer', () => {
    const own = asRecord(dakTaOocSeizure);
    expect(shareableMatched(own, reach(DEPLOYED))).toBe(own);
    const issuers = owned(dakTaOocHit, 'VN');
    expect(shareableMatched(issuers, reach(DEPLOYED))).toBe(issuers);
  });
});

describe('hitFromMatch', () => {
  const alert = viewDocument(asRecord(truckAlert), AT.getTime());
  const held = viewDocument(cnSeizure, AT.getTime());

  it('carries only what the confirming authority knows itself when the record may not travel: its gate, the time, the result', () => {
    const hit = hitFromMatch(alert, { type: 'SeizureCase', doc: held, shareable: undefined }, { self: 'LA', gate: 'LA-BTN', office: 'LA-BTN', at: AT });
    expect(hit).toEqual({
      meta: { handlingCode: botenSeizure.meta.handlingCode, reliability: botenSeizure.meta.reliability, reviewBy: null, retainUntil: null },
      alertId: truckAlert.meta.recordId, alertSource: 'VN', alertRevision: truckAlert.meta.revision, reportingAuthority: 'LA',
      location: { gateCode: 'LA-BTN', name: 'LA-BTN', locationType: 'LAND_BORDER_CROSSING', country: 'LA', latitude: null, longitude: null },
      seenAt: AT.getTime(), checkReason: 'ALERT_MATCH', result: 'SEIZURE',
      observedVehicle: null, route: null, declaredDestination: null, circumstances: null, linkedSeizureId: null,
    });
    expect(JSON.stringify(hit)).not.toContain(botenSeizure.meta.recordId);
    expect(JSON.stringify(hit)).not.toContain(botenSeizure.conveyance!.plate!);
  });

  it('names the office, in the confirming authority\'s country, when an officer without a gate confirms', () => {
    expect(hitFromMatch(alert, { type: 'SeizureCase', doc: held, shareable: undefined }, { self: 'LA', gate: undefined, office: 'LA-HQ', at: AT }).location).toEqual({
      gateCode: null, name: 'LA-HQ', locationType: 'OTHER', country: 'LA', latitude: null, longitude: null,
    });
  });

  it('carries the shareable record\'s place, time, vehicle and route, and links the seizure', () => {
    const shareable = shareableMatched(cnSeizure, reach(cnSharesSeizures(['conveyance.plate'])))!;
    const hit = hitFromMatch(alert, { type: 'SeizureCase', doc: held, shareable }, { self: 'LA', gate: undefined, office: 'LA-HQ', at: AT });
    expect(hit.location).toEqual(botenSeizure.location);
    expect(hit.seenAt).toBe(botenSeizure.seizedAt);
    expect(hit.observedVehicle).toEqual({ ...botenSeizure.conveyance, plate: null });
    expect(hit.route).toEqual(botenSeizure.route);
    expect(hit.linkedSeizureId).toBe(botenSeizure.meta.recordId);
  });
});
