import type { Agreement, Receipt } from '@bex/shared';
import { admitReceipt, type SentFacts } from './admit-receipt';

const receipt: Receipt = { recordSource: 'VN', recordId: 'a-1', recordType: 'VehicleRiskAlert', revision: 2, from: 'LA', kind: 'DELIVERED', at: 0, actionRecordId: null, actionRecordType: null };
const sent: SentFacts = { recordType: 'VehicleRiskAlert', revisionSent: true, holderSince: new Map([['LA', 1]]) };
const agreement = (viewedReceipts?: boolean): Agreement => ({
  source: 'VN', recipient: 'LA', recordTypes: ['VehicleRiskAlert'], maxHandlingCode: 'H2', removePaths: [], validFrom: new Date(0), validUntil: new Date('2030-01-01'), legalBasis: 'x', file: 'vn-to-la.json',
  ...(viewedReceipts === undefined ? {} : { viewedReceipts }),
});
const reason = (r: Receipt, facts = sent, agreements = [agreement()]) => {
  const judged = admitReceipt(r, 'VN', agreements, facts);
  return judged.ok ? 'ok' : judged.reason;
};

describe('which receipts a source believes', () => {
  it('a receipt for a revision it sent the partner, the partner holding it since then', () => {
    expect(reason(receipt)).toBe('ok');
    expect(reason({ ...receipt, kind: 'VIEWED' })).toBe('ok');
    expect(reason({ ...receipt, kind: 'ACTIONED', actionRecordId: 'h-1', actionRecordType: 'AlertHit' })).toBe('ok');
  });

  it('refuses a revision never sent, one from before the partner held the record, and a record it does not have', () => {
    expect(reason(receipt, { ...sent, revisionSent: false })).toBe('receipt-revision-never-sent');
    expect(reason(receipt, { ...sent, holderSince: new Map([['LA', 3]]) })).toBe('receipt-revision-never-sent');
    expect(reason(receipt, { ...sent, holderSince: new Map([['CN', 1]]) })).toBe('receipt-revision-never-sent');
    expect(reason(receipt, { revisionSent: false, holderSince: new Map() })).toBe('receipt-revision-never-sent');
  });

  it('refuses receipts about another source\'s record, from itself, of the wrong type, and with or without an acting record where it does not belong', () => {
    expect(reason({ ...receipt, recordSource: 'CN' })).toBe('receipt-wrong-source');
    expect(reason({ ...receipt, from: 'VN' })).toBe('receipt-from-self');
    expect(reason({ ...receipt, recordType: 'SeizureCase' })).toBe('receipt-wrong-type');
    expect(reason({ ...receipt, kind: 'ACTIONED' })).toBe('receipt-action-mismatch');
    expect(reason({ ...receipt, actionRecordId: 'h-1', actionRecordType: 'AlertHit' })).toBe('receipt-action-mismatch');
  });

  it('refuses VIEWED where the agreement switches it off, even after the agreement ended; DELIVERED still counts', () => {
    expect(reason({ ...receipt, kind: 'VIEWED' }, sent, [agreement(false)])).toBe('receipt-viewed-switched-off');
    expect(reason(receipt, sent, [agreement(false)])).toBe('ok');
    expect(reason({ ...receipt, kind: 'VIEWED' }, sent, [agreement(true)])).toBe('ok');
  });
});
