import { avroType, botenClosure, botenSeizure, dakTaOocHit, makeSample } from '@bex/schemas';
import { redactFor, retractedCopy, type Agreement, type AnyRecord } from '@bex/shared';
import { admit } from './admit';

const AT = new Date('2026-06-01T00:00:00Z');
const vnToLa: Agreement = {
  source: 'VN', recipient: 'LA', recordTypes: ['SeizureCase', 'PolicyChange'], maxHandlingCode: 'H2',
  removePaths: ['persons[].fullName', 'persons[].identityDocument'],
  validFrom: new Date('2025-01-01T00:00:00Z'), validUntil: new Date('2030-01-01T00:00:00Z'), legalBasis: 'test', file: 'vn-to-la.json',
};
const fromVN = () => makeSample('SeizureCase', { source: 'VN', recipient: 'LA', recordId: 'r1', base: botenSeizure });
const redacted = (): AnyRecord => {
  const shared = redactFor(fromVN(), vnToLa, AT);
  if (!shared.shared) throw new Error(shared.detail);
  return shared.record as unknown as AnyRecord;
};
const asRecord = (r: object) => r as unknown as AnyRecord;

describe('what a recipient admits', () => {
  it('refuses a partner\'s hit reported in another authority\'s name, its own or a third\'s', () => {
    const withHits = { ...vnToLa, recordTypes: [...vnToLa.recordTypes, 'AlertHit' as const] };
    const hit = (reportingAuthority: string | null) => asRecord({ ...makeSample('AlertHit', { source: 'VN', recipient: 'LA', recordId: 'h1', base: dakTaOocHit }), reportingAuthority });
    for (const name of ['LA', 'CN']) expect(admit(hit(name), 'LA', [withHits], AT)).toMatchObject({ ok: false, reason: 'reporting-authority-not-source' });
    expect(admit(hit('VN'), 'LA', [withHits], AT)).toMatchObject({ ok: true });
  });

  it('admits a partner\'s copy redacted as the agreement says', () => {
    expect(admit(redacted(), 'LA', [vnToLa], AT)).toEqual({ ok: true });
  });

  it('refuses a copy that still holds a removed path, naming paths and never values', () => {
    const result = admit(asRecord(fromVN()), 'LA', [vnToLa], AT);
    expect(result).toMatchObject({ ok: false, reason: 'unredacted', retractHeldCopy: false });
    const detail = (result as { detail: string }).detail;
    expect(detail).toContain('persons[0].fullName');
    expect(detail).not.toContain(botenSeizure.persons![0]!.fullName!);
  });

  it('refuses a copy whose redactedPaths claims a removal it did not make', () => {
    const record = redacted();
    record.meta.redactedPaths = [...record.meta.redactedPaths, 'conveyance.vin'];
    expect(admit(record, 'LA', [vnToLa], AT)).toMatchObject({ ok: false, reason: 'redaction-claim-false' });
  });

  it('refuses content outside the agreement and asks for the held copy to be retracted', () => {
    const h3 = redacted();
    h3.meta.handlingCode = 'H3';
    expect(admit(h3, 'LA', [vnToLa], AT)).toMatchObject({ ok: false, retractHeldCopy: true });
    expect(admit(redacted(), 'LA', [vnToLa], new Date('2030-01-02T00:00:00Z'))).toMatchObject({ ok: false, reason: 'agreement-not-in-force', retractHeldCopy: true });
    expect(admit(redacted(), 'LA', [], AT)).toMatchObject({ ok: false, reason: 'no-agreement', retractHeldCopy: true });
  });

  it('admits a partner\'s content-free tombstone only where it retracts, in or out of the agreement', () => {
    const tomb = retractedCopy(avroType('SeizureCase'), redacted(), 'LA', 'WITHDRAWN');
    expect(admit(tomb, 'LA', [vnToLa], AT)).toEqual({ ok: 'if-held' });
    expect(admit(tomb, 'LA', [], new Date('2031-01-01T00:00:00Z'))).toEqual({ ok: 'if-held' });
  });

  it('judges a WITHDRAWN record that still carries content as content', () => {
    const smuggled = asRecord({ ...fromVN(), meta: { ...fromVN().meta, status: 'WITHDRAWN' } });
    expect(admit(smuggled, 'LA', [vnToLa], AT)).toMatchObject({ ok: false, reason: 'unredacted' });
  });

  it('refuses a copy addressed to another recipient, and admits its own records outside any agreement', () => {
    expect(admit(redacted(), 'CN', [vnToLa], AT)).toMatchObject({ ok: false, reason: 'wrong-recipient', retractHeldCopy: false });
    const own = asRecord(makeSample('PolicyChange', { source: 'LA', recipient: 'LA', base: botenClosure }));
    expect(admit(own, 'LA', [], AT)).toEqual({ ok: true });
  });
});
