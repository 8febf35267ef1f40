// Sorts one batch of inbox messages into view writes and dead letters. Each message is judged on
// its own: decoding, verification, validation and the agreement check each refuse with their own
// reason, and anything else thrown while one message is judged becomes that message's dead letter
// (intake-failure.ts). Only a failure that heals by itself (the registry or the database out of
// reach) is thrown, so the batch is retried instead of losing good records to dead letters.
import { avroType, validateRecord } from '@bex/schemas';
import {
  isAppError,
  isAuthority,
  readHeader,
  recordKey,
  retractedCopy,
  recordTypeOfTopic,
  verifyRecord,
  HEADER,
  type Agreement,
  type AnyRecord,
  type AuthorityCode,
  type AvroSerde,
  type RecordTypeName,
  type TrustStore,
} from '@bex/shared';
import type { KafkaMessage } from 'kafkajs';
import { type DeadLetter, type ViewDocument, viewDocument } from '@bex/view';
import { admit } from '../domain/admit';
import { digestOf, keepsBytes } from '../domain/dead-letter-entry';
import { invalidRecordDetail } from '../domain/invalid-record';
import { storableHeaders } from '../domain/storable-headers';
import { judgeEach } from './judge-each';

export interface SortContext {
  self: AuthorityCode;
  serde: AvroSerde;
  trustStore: TrustStore;
  agreements: readonly Agreement[];
  /** The receiver's clock for this batch: agreements, revoked keys and future signing times are judged by it. */
  now: Date;
  /** Which of these view keys the view holds (one indexed read per record type and batch). */
  heldKeys: (type: RecordTypeName, keys: string[]) => Promise<Set<string>>;
  /** How long bytes that could not be decoded or verified are kept for investigation. */
  deadLetterBytesRetentionMs: number;
}

export interface Sorted {
  views: Map<RecordTypeName, ViewDocument[]>;
  deadLetters: DeadLetter[];
  /** The message each view document came from: a document the database refuses becomes its dead letter. */
  origins: Map<ViewDocument, KafkaMessage>;
}

/** A message key is the sender's choice of bytes; a dead letter keeps a bounded, readable form of it. */
const MAX_KEY_CHARS = 512;
/** Details quote what a refusal met (header values, decoder messages): bounded, like everything a partner controls. */
const MAX_DETAIL_CHARS = 1000;

/** Who a refused message says it is from: the bex-source header when it names an authority. Only for counting: nothing is believed of it. */
export function claimedSource(message: KafkaMessage): string {
  const header = readHeader(message.headers, HEADER.source);
  return header.ok && isAuthority(header.value) ? header.value : 'unattributed';
}

/** The dead letter of one refused message: its bytes only where keepsBytes allows, a digest always. */
export function deadLetterOf(topic: string, partition: number, message: KafkaMessage, reason: string, detail: string, ctx: Pick<SortContext, 'now' | 'deadLetterBytesRetentionMs'>): DeadLetter {
  const kept = keepsBytes(reason, message.value?.length ?? 0);
  const { headers, headersCut } = storableHeaders(message.headers);
  return {
    _id: `${topic}:${partition}:${message.offset}`,
    topic,
    partition,
    offset: message.offset,
    key: message.key === null || message.key === undefined ? null : message.key.toString('utf8').slice(0, MAX_KEY_CHARS),
    reason,
    detail: detail.slice(0, MAX_DETAIL_CHARS),
    headers,
    ...(headersCut > 0 ? { headersCut } : {}),
    claimedSource: claimedSource(message),
    ...digestOf(message.value),
    value: kept ? message.value : null,
    ...(kept ? { valueKeptUntil: new Date(ctx.now.getTime() + ctx.deadLetterBytesRetentionMs) } : {}),
    receivedAt: ctx.now,
  };
}

export async function sortMessages(topic: string, partition: number, messages: KafkaMessage[], ctx: SortContext): Promise<Sorted> {
  const sorted: Sorted = { views: new Map(), deadLetters: [], origins: new Map() };
  const type = recordTypeOfTopic(topic);
  const now = ctx.now.getTime();
  // Tombstones that enter only where the view (or this batch) holds the record they retract.
  const ifHeld: Array<{ doc: ViewDocument; refuseUnheld?: KafkaMessage }> = [];
  // Partners' records, admitted unless they carry the id of one of this authority's own records.
  const foreign: Array<{ doc: ViewDocument; message: KafkaMessage }> = [];
  const refuse = (message: KafkaMessage, reason: string, detail: string): void => {
    sorted.deadLetters.push(deadLetterOf(topic, partition, message, reason, detail, ctx));
  };
  const accept = (t: RecordTypeName, doc: ViewDocument, message?: KafkaMessage): void => {
    const docs = sorted.views.get(t) ?? [];
    docs.push(doc);
    sorted.views.set(t, docs);
    if (message !== undefined) sorted.origins.set(doc, message);
  };
  const judge = async (message: KafkaMessage): Promise<void> => {
    if (!type) {
      refuse(message, 'unknown-topic', `${topic} is not an inbox topic`);
      return;
    }
    let record: AnyRecord;
    try {
      record = (await ctx.serde.decode<AnyRecord>(message.value, avroType(type))).value;
    } catch (err) {
      if (isAppError(err) && !err.retriable) {
        refuse(message, `decode-${err.code}`, err.message);
        return;
      }
      throw err;
    }
    const { meta } = record;
    const verified = verifyRecord(message.value!, message.headers, ctx.trustStore, {
      recipient: ctx.self,
      recordId: meta.recordId,
      revision: meta.revision,
      source: meta.source,
      // Revocation is judged on when this projector takes the record in, not on the time it claims.
      receivedAt: ctx.now,
    });
    if (!verified.ok) {
      refuse(message, `signature-${verified.reason}`, verified.detail);
      return;
    }
    if (meta.recordType !== type) {
      refuse(message, 'wrong-topic', `${meta.recordType} arrived on ${topic}`);
      return;
    }
    // A partner's genuine key proves who speaks, not that what it says can be held: its record must
    // pass what the api demands of a submission (bounds, formats, code lists) before anything reads it.
    if (meta.source !== ctx.self) {
      const problems = validateRecord(type, record);
      if (problems.length > 0) {
        refuse(message, 'invalid-record', invalidRecordDetail(problems));
        return;
      }
    }
    const admitted = admit(record, ctx.self, ctx.agreements, ctx.now);
    if (admitted.ok === true) {
      if (meta.source === ctx.self) accept(type, viewDocument(record, now), message);
      else foreign.push({ doc: viewDocument(record, now), message });
    } else if (admitted.ok === 'if-held') {
      ifHeld.push({ doc: viewDocument(record, now), refuseUnheld: message });
    } else {
      refuse(message, `agreement-${admitted.reason}`, admitted.detail);
      // A local tombstone of the copy this view holds, for a revision its owner made that it may not hold.
      if (admitted.retractHeldCopy) ifHeld.push({ doc: viewDocument(retractedCopy(avroType(type), record, ctx.self, 'NO_LONGER_SHARED'), now) });
    }
  };
  await judgeEach(messages, ctx.serde, judge, refuse);
  if (type !== undefined && foreign.length > 0) await admitForeign(type, foreign, ctx, accept, refuse);
  if (type !== undefined && ifHeld.length > 0) {
    const inBatch = new Set((sorted.views.get(type) ?? []).map((d) => d._id));
    const held = await ctx.heldKeys(type, [...new Set(ifHeld.map((c) => c.doc._id))]);
    for (const { doc, refuseUnheld } of ifHeld) {
      if (held.has(doc._id) || inBatch.has(doc._id)) accept(type, doc, refuseUnheld);
      // A tombstone of a record this view never held: nothing to retract, nothing worth keeping.
      else if (refuseUnheld) refuse(refuseUnheld, 'agreement-tombstone-not-held', `${doc._id} rev ${doc.revision} retracts a record this view does not hold`);
    }
  }
  return sorted;
}

/**
 * Record ids are random UUIDs made by their source, so a partner's record that carries the id of
 * one of this authority's own records is a copy made to be confused with it. It could not replace
 * the owner's record (the view keys by source and id), but it is refused so it cannot stand beside
 * it either. Elsewhere two sources' records with one id are both kept, each under its source:
 * refusing the later one would let whoever arrives first shadow the genuine record.
 */
async function admitForeign(
  type: RecordTypeName,
  foreign: Array<{ doc: ViewDocument; message: KafkaMessage }>,
  ctx: SortContext,
  accept: (t: RecordTypeName, doc: ViewDocument, message?: KafkaMessage) => void,
  refuse: (message: KafkaMessage, reason: string, detail: string) => void,
): Promise<void> {
  const ownKeys = [...new Set(foreign.map(({ doc }) => recordKey(ctx.self, doc.recordId)))];
  const own = await ctx.heldKeys(type, ownKeys);
  for (const { doc, message } of foreign) {
    if (own.has(recordKey(ctx.self, doc.recordId))) {
      refuse(message, 'record-id-of-own-record', `${doc.source} sent a record with the id of ${recordKey(ctx.self, doc.recordId)}, a record of this authority`);
    } else {
      accept(type, doc, message);
    }
  }
}
