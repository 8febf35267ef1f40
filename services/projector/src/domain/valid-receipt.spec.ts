import type { Receipt } from '@bex/shared';
import { receiptProblems } from './valid-receipt';

const receipt = (over: Partial<Receipt> = {}): Receipt => ({
  recordSource: 'LA', recordId: '0b7c6f1e-8d2a-4c7b-9e1f-3a5d7c9e1b2a', recordType: 'VehicleRiskAlert', revision: 1, from: 'VN', kind: 'ACTIONED',
  at: Date.UTC(2026, 11, 8), actionRecordId: '1c8d7f2e-9e3b-4d8c-8f2a-4b6e8d0f2c3b', actionRecordType: 'AlertHit', ...over,
});

describe('what a partner\'s receipt must be before it is believed', () => {
  it('passes a genuine receipt', () => expect(receiptProblems(receipt())).toEqual([]));

  it('refuses ids that are no UUIDs (a 1 MB actionRecordId), impossible revisions and times outside 1900 to 2200', () => {
    expect(receiptProblems(receipt({ actionRecordId: 'x'.repeat(1_000_000) }))).toEqual(['actionRecordId must be a UUID']);
    expect(receiptProblems(receipt({ recordId: 'a\u0000b' }))).toEqual(['recordId must be a UUID']);
    expect(receiptProblems(receipt({ revision: 0 }))).toEqual(['revision must be 1 or more']);
    for (const at of [9e15, -9e15, Date.UTC(1899, 11, 31), Date.UTC(2201, 0, 1)]) expect(receiptProblems(receipt({ at }))).toEqual(['at must lie between the years 1900 and 2200']);
  });
});
