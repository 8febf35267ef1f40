import type { StoredReceipt } from '@bex/view';
import { receiptState, unviewedBy } from './receipt-state';

const got = new Date('2026-12-03T08:00:05Z');
const r = (from: string, kind: StoredReceipt['kind'], revision: number, at: string, action?: string): StoredReceipt => ({
  _id: `${from}${kind}${revision}${action ?? ''}`, recordId: 'a-1', recordType: 'VehicleRiskAlert', revision, from, kind, at: Date.parse(at),
  actionRecordId: action ?? null, actionRecordType: action === undefined ? null : 'AlertHit', receivedAt: got,
});

describe('what a source shows of its record at each partner', () => {
  it('the latest revision delivered, the first viewing and every action; a holder without receipts shows as not delivered', () => {
    const state = receiptState(new Map([['LA', 1], ['CN', 2]]), [
      r('LA', 'DELIVERED', 2, '2026-12-03T07:10:00Z'),
      r('LA', 'DELIVERED', 1, '2026-12-03T07:00:00Z'),
      r('LA', 'VIEWED', 1, '2026-12-03T07:05:00Z'),
      r('LA', 'ACTIONED', 2, '2026-12-03T07:30:00Z', 'h-2'),
      r('LA', 'ACTIONED', 1, '2026-12-03T07:20:00Z', 'h-1'),
    ]);
    expect(state).toEqual([
      { partner: 'CN', holderSince: 2, delivered: null, viewed: null, actioned: [] },
      {
        partner: 'LA', holderSince: 1,
        delivered: { revision: 2, at: '2026-12-03T07:10:00.000Z', receivedAt: got.toISOString() },
        viewed: { revision: 1, at: '2026-12-03T07:05:00.000Z', receivedAt: got.toISOString() },
        actioned: [
          { at: '2026-12-03T07:20:00.000Z', receivedAt: got.toISOString(), recordId: 'h-1', recordType: 'AlertHit' },
          { at: '2026-12-03T07:30:00.000Z', receivedAt: got.toISOString(), recordId: 'h-2', recordType: 'AlertHit' },
        ],
      },
    ]);
  });

  it('partners holding a record that have not viewed it', () => {
    expect(unviewedBy(new Map([['LA', 1], ['CN', 1], ['TH', 2]]), new Set(['CN']))).toEqual(['LA', 'TH']);
    expect(unviewedBy(undefined, undefined)).toEqual([]);
  });
});
