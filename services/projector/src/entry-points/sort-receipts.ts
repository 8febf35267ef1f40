// Sorts one batch from this authority's receipts topic into receipts to store and dead letters.
// Each receipt is decoded, its signature checked against the partner it claims to come from, and
// judged against what this source actually sent that partner (admit-receipt.ts): one outbox read
// and one ledger read per batch. As with records, each message is judged on its own and only a
// failure that heals by itself (the registry or the database out of reach) is thrown.
import { receiptType } from '@bex/schemas';
import { isAppError, RECEIPT_DOMAIN_TAG, verifyRecord, type AuthorityCode, type Receipt } from '@bex/shared';
import type { KafkaMessage } from 'kafkajs';
import { admitReceipt, type SentFacts } from '../domain/admit-receipt';
import { receiptProblems } from '../domain/valid-receipt';
import { judgeEach } from './judge-each';
import type { SortContext } from './sort-messages';

export interface ReceiptFacts {
  /** Every revision of these records in this source's outbox. */
  revisionsOf(recordIds: readonly string[]): Promise<Array<{ recordId: string; revision: number; recordType: string; state: string }>>;
  /** Each holder of these records and the first revision it received (the recipient ledger). */
  holderSince(recordIds: readonly string[]): Promise<Map<string, Map<AuthorityCode, number>>>;
}

export interface SortedReceipts {
  receipts: Receipt[];
  refused: Array<{ message: KafkaMessage; reason: string; detail: string }>;
}

export async function sortReceipts(messages: readonly KafkaMessage[], ctx: SortContext, facts: ReceiptFacts): Promise<SortedReceipts> {
  const sorted: SortedReceipts = { receipts: [], refused: [] };
  const verified: Array<{ receipt: Receipt; message: KafkaMessage }> = [];
  const judge = async (message: KafkaMessage): Promise<void> => {
    let receipt: Receipt;
    try {
      receipt = (await ctx.serde.decode<Receipt>(message.value, receiptType())).value;
    } catch (err) {
      if (isAppError(err) && !err.retriable) {
        sorted.refused.push({ message, reason: `decode-${err.code}`, detail: err.message });
        return;
      }
      throw err;
    }
    const check = verifyRecord(message.value!, message.headers, ctx.trustStore, {
      recipient: ctx.self,
      recordId: receipt.recordId,
      revision: receipt.revision,
      // The receipt says who sends it; the signature must be that partner's.
      source: receipt.from,
      receivedAt: ctx.now,
      domain: RECEIPT_DOMAIN_TAG,
    });
    if (!check.ok) {
      sorted.refused.push({ message, reason: `signature-${check.reason}`, detail: check.detail });
      return;
    }
    const problems = receiptProblems(receipt);
    if (problems.length > 0) sorted.refused.push({ message, reason: 'receipt-invalid', detail: problems.join('; ') });
    else verified.push({ receipt, message });
  };
  await judgeEach(messages, ctx.serde, judge, (message, reason, detail) => sorted.refused.push({ message, reason, detail }));
  if (verified.length === 0) return sorted;
  const ids = [...new Set(verified.map((v) => v.receipt.recordId))];
  const [revisions, holders] = await Promise.all([facts.revisionsOf(ids), facts.holderSince(ids)]);
  for (const { receipt, message } of verified) {
    const ofRecord = revisions.filter((r) => r.recordId === receipt.recordId);
    // Pending counts as sent: the relay marks a revision sent just after the broker took it, and
    // a receipt can come back before the mark. Nobody can report on a revision never produced.
    const revision = ofRecord.find((r) => r.revision === receipt.revision);
    const sent: SentFacts = {
      ...(ofRecord[0] === undefined ? {} : { recordType: ofRecord[0].recordType }),
      revisionSent: revision !== undefined && (revision.state === 'sent' || revision.state === 'pending'),
      holderSince: holders.get(receipt.recordId) ?? new Map(),
    };
    const judged = admitReceipt(receipt, ctx.self, ctx.agreements, sent);
    if (judged.ok) sorted.receipts.push(receipt);
    else sorted.refused.push({ message, reason: judged.reason, detail: judged.detail });
  }
  return sorted;
}
