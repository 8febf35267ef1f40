// Sorts one batch of inbox messages into view writes and dead letters. Decoding, verification and
// the agreement check each refuse with their own reason; only a retriable failure (the registry is
// unreachable) is thrown, so the batch is retried instead of losing good records to dead letters.
import { avroType } from '@bex/schemas';
import {
  isAppError,
  recordTypeOfTopic,
  verifyRecord,
  type Agreement,
  type AnyRecord,
  type AuthorityCode,
  type AvroSerde,
  type RecordTypeName,
  type TrustStore,
} from '@bex/shared';
import type { KafkaMessage } from 'kafkajs';
import type { DeadLetter } from '../data-access/dead-letter-store';
import { admit } from '../domain/admit';
import { viewDocument, type ViewDocument } from '../domain/view-document';

export interface SortContext {
  self: AuthorityCode;
  serde: AvroSerde;
  trustStore: TrustStore;
  agreements: readonly Agreement[];
  now: Date;
}

export interface Sorted {
  views: Map<RecordTypeName, ViewDocument[]>;
  deadLetters: DeadLetter[];
}

function headerStrings(message: KafkaMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.map(String).join(',') : String(value);
  }
  return out;
}

export async function sortMessages(topic: string, partition: number, messages: KafkaMessage[], ctx: SortContext): Promise<Sorted> {
  const sorted: Sorted = { views: new Map(), deadLetters: [] };
  const type = recordTypeOfTopic(topic);
  const refuse = (message: KafkaMessage, reason: string, detail: string): void => {
    sorted.deadLetters.push({
      _id: `${topic}:${partition}:${message.offset}`,
      topic,
      partition,
      offset: message.offset,
      key: message.key?.toString('utf8') ?? null,
      reason,
      detail,
      value: message.value,
      headers: headerStrings(message),
      receivedAt: ctx.now,
    });
  };

  for (const message of messages) {
    if (!type) {
      refuse(message, 'unknown-topic', `${topic} is not an inbox topic`);
      continue;
    }
    let record: AnyRecord;
    try {
      record = (await ctx.serde.decode<AnyRecord>(message.value, avroType(type))).value;
    } catch (err) {
      if (isAppError(err) && !err.retriable) {
        refuse(message, `decode-${err.code}`, err.message);
        continue;
      }
      throw err;
    }
    const { meta } = record;
    const verified = verifyRecord(message.value!, message.headers, ctx.trustStore, {
      recipient: ctx.self,
      recordId: meta.recordId,
      revision: meta.revision,
      source: meta.source,
    });
    if (!verified.ok) {
      refuse(message, `signature-${verified.reason}`, verified.detail);
      continue;
    }
    if (meta.recordType !== type) {
      refuse(message, 'wrong-topic', `${meta.recordType} arrived on ${topic}`);
      continue;
    }
    const admitted = admit(record, ctx.self, ctx.agreements, ctx.now);
    if (!admitted.ok) {
      refuse(message, `agreement-${admitted.reason}`, admitted.detail);
      continue;
    }
    const docs = sorted.views.get(type) ?? [];
    docs.push(viewDocument(record));
    sorted.views.set(type, docs);
  }
  return sorted;
}
