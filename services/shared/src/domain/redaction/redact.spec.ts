import type { Agreement } from '../agreement/agreement';
import { ownCopy, redactFor, shareFor } from './redact';

const AT = new Date('2026-06-15T00:00:00Z');

const laToVn: Agreement = {
  source: 'LA',
  recipient: 'VN',
  recordTypes: ['SeizureCase', 'VehicleRiskAlert', 'AlertHit', 'PolicyChange'],
  maxHandlingCode: 'H2',
  removePaths: ['persons[].fullName', 'persons[].identityDocument', 'conveyance.vin', 'narrative'],
  validFrom: new Date('2025-01-01T00:00:00Z'),
  validUntil: new Date('2030-01-01T00:00:00Z'),
  legalBasis: 'test',
  file: 'la-to-vn.json',
};

function seizure() {
  return {
    meta: { recordId: 'LA-S-1', revision: 2, source: 'LA', recipient: null as string | null, recordType: 'SeizureCase', handlingCode: 'H1', redactedPaths: [] as string[] },
    persons: [
      { pseudonymousRef: 'p1', role: 'DRIVER', nationality: 'VN', fullName: 'Nguyen Van A', identityDocument: { type: 'PASSPORT', number: 'C123' } },
      { pseudonymousRef: 'p2', role: 'OWNER', nationality: 'LA', fullName: null, identityDocument: null },
    ],
    conveyance: { plate: '43C-123.45', plateCountry: 'VN', vin: null },
    location: { gateCode: 'LA-DANSAVANH' },
    narrative: { en: 'Found in fuel tank', lo: '...' },
    media: [{ uri: 'x', sha256: Buffer.alloc(32, 7) }],
  };
}

describe('redactFor', () => {
  it('nulls the agreed fields and lists each concrete path it removed', () => {
    const result = redactFor(seizure(), laToVn, AT);
    expect(result.shared).toBe(true);
    if (!result.shared) return;
    expect(result.removedPaths).toEqual(['persons[0].fullName', 'persons[0].identityDocument', 'narrative']);
    expect(result.record.meta).toMatchObject({ recipient: 'VN', redactedPaths: result.removedPaths });
    expect(result.record.persons[0]).toEqual({ pseudonymousRef: 'p1', role: 'DRIVER', nationality: 'VN', fullName: null, identityDocument: null });
    expect(result.record.conveyance).toEqual({ plate: '43C-123.45', plateCountry: 'VN', vin: null });
  });

  it('keeps Buffers as Buffers and shares none of them with the input', () => {
    const input = seizure();
    const result = redactFor(input, laToVn, AT);
    if (!result.shared) throw new Error('expected to share');
    const copied = result.record.media[0]?.sha256;
    expect(Buffer.isBuffer(copied)).toBe(true);
    expect(copied).not.toBe(input.media[0]?.sha256);
    expect(copied).toEqual(input.media[0]?.sha256);
  });

  it.each([
    ['no-agreement', seizure(), undefined],
    ['h3-never-leaves', { ...seizure(), meta: { ...seizure().meta, handlingCode: 'H3' } }, laToVn],
    ['handling-code-too-high', seizure(), { ...laToVn, maxHandlingCode: 'H0' as const }],
    ['type-not-shared', seizure(), { ...laToVn, recordTypes: ['PolicyChange' as const] }],
    ['agreement-not-in-force', seizure(), { ...laToVn, validUntil: new Date('2026-06-15T00:00:00Z') }],
    ['outside-gate-scope', seizure(), { ...laToVn, gateScope: ['LA-BOTEN'] }],
    ['not-originator', { ...seizure(), meta: { ...seizure().meta, source: 'VN' } }, laToVn],
    ['invalid-agreement', seizure(), { ...laToVn, removePaths: ['persons[]'] }],
  ])('refuses with %s', (reason, record, agreement) => {
    const result = redactFor(record, agreement, AT);
    expect(result).toMatchObject({ shared: false, reason });
    if (!result.shared) expect(result.detail).not.toBe('');
  });
});

describe('ownCopy and shareFor', () => {
  it('gives the source its own record unredacted, even H3, without any agreement', () => {
    const h3 = { ...seizure(), meta: { ...seizure().meta, handlingCode: 'H3' } };
    const result = shareFor(h3, { relay: 'LA', recipient: 'LA' }, [], AT);
    expect(result.shared).toBe(true);
    if (!result.shared) return;
    expect(result.record).toEqual({ ...h3, meta: { ...h3.meta, recipient: 'LA', redactedPaths: [] } });
    expect(ownCopy(h3).meta.recipient).toBe('LA');
  });

  it('redacts for a partner under its agreement and says when it has expired', () => {
    expect(shareFor(seizure(), { relay: 'LA', recipient: 'VN' }, [laToVn], AT)).toMatchObject({ shared: true, record: { meta: { recipient: 'VN' } } });
    expect(shareFor(seizure(), { relay: 'LA', recipient: 'VN' }, [laToVn], new Date('2031-01-01T00:00:00Z'))).toMatchObject({ reason: 'agreement-not-in-force' });
    expect(shareFor(seizure(), { relay: 'LA', recipient: 'CN' }, [laToVn], AT)).toMatchObject({ reason: 'no-agreement' });
  });

  it('never passes on a received record, not even under the sender\'s own agreements', () => {
    const fromLa = seizure();
    const vnToCn: Agreement = { ...laToVn, source: 'VN', recipient: 'CN', file: 'vn-to-cn.json' };
    for (const recipient of ['VN', 'CN', 'LA']) {
      expect(shareFor(fromLa, { relay: 'VN', recipient }, [laToVn, vnToCn], AT)).toMatchObject({ shared: false, reason: 'not-originator' });
    }
  });
});
