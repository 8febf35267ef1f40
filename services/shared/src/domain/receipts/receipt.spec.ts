import { dakTaOocHit, truckAlert } from '@bex/schemas';
import type { AnyRecord } from '../records/record';
import { actionedReceipt, receiptId, receiptsForApplied, viewedReceipt, type ReceiptSubject } from './receipt';

const AT = Date.parse('2026-12-03T08:00:00Z');
const alertOfVN: ReceiptSubject = { source: 'VN', recordId: 'a-1', recordType: 'VehicleRiskAlert', revision: 2 };
const hitOf = (source: 'LA' | 'VN', over: Record<string, unknown> = {}): AnyRecord =>
  ({ ...dakTaOocHit, meta: { ...dakTaOocHit.meta, source, recipient: source, recordId: 'h-1' }, alertSource: 'VN', alertId: 'a-1', alertRevision: 2, ...over }) as unknown as AnyRecord;

describe('receipts a recipient owes', () => {
  it('DELIVERED for every partner revision taken in, tombstones included; nothing for its own records', () => {
    const receipts = receiptsForApplied(
      [
        { subject: alertOfVN, record: truckAlert as unknown as AnyRecord },
        { subject: { ...alertOfVN, revision: 3 }, record: null },
        { subject: { ...alertOfVN, source: 'LA' }, record: null },
      ],
      'LA',
      AT,
    );
    expect(receipts.map((r) => [r.kind, r.recordSource, r.revision, r.from])).toEqual([
      ['DELIVERED', 'VN', 2, 'LA'],
      ['DELIVERED', 'VN', 3, 'LA'],
    ]);
  });

  it('ACTIONED for its own hit on a partner\'s alert, naming the hit; not for a hit on its own alert or a withdrawn hit', () => {
    expect(actionedReceipt(hitOf('LA'), 'LA', AT)).toEqual({
      recordSource: 'VN', recordId: 'a-1', recordType: 'VehicleRiskAlert', revision: 2, from: 'LA', kind: 'ACTIONED', at: AT, actionRecordId: 'h-1', actionRecordType: 'AlertHit',
    });
    expect(actionedReceipt(hitOf('LA', { alertSource: 'LA' }), 'LA', AT)).toBeUndefined();
    expect(actionedReceipt(hitOf('LA', { alertRevision: null }), 'LA', AT)).toBeUndefined();
    expect(actionedReceipt(hitOf('VN'), 'LA', AT)).toBeUndefined();
    const withdrawn = hitOf('LA');
    withdrawn.meta.status = 'WITHDRAWN';
    expect(actionedReceipt(withdrawn, 'LA', AT)).toBeUndefined();
  });

  it('one id per fact: DELIVERED per revision, VIEWED once per record, ACTIONED per acting record', () => {
    const delivered = receiptsForApplied([{ subject: alertOfVN, record: null }], 'LA', AT)[0]!;
    expect(receiptId(delivered)).not.toBe(receiptId({ ...delivered, revision: 3 }));
    expect(receiptId(delivered)).toBe(receiptId({ ...delivered, from: 'LA' }));
    const viewed = viewedReceipt(alertOfVN, 'LA', AT)!;
    expect(receiptId(viewed)).toBe(receiptId({ ...viewed, revision: 5 }));
    const actioned = actionedReceipt(hitOf('LA'), 'LA', AT)!;
    expect(receiptId(actioned)).not.toBe(receiptId({ ...actioned, actionRecordId: 'h-2' }));
    expect(new Set([receiptId(delivered), receiptId(viewed), receiptId(actioned)]).size).toBe(3);
  });

  it('no VIEWED for a record of its own', () => {
    expect(viewedReceipt({ ...alertOfVN, source: 'LA' }, 'LA', AT)).toBeUndefined();
  });
});
