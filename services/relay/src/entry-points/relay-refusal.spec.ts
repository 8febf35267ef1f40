// A topic the broker refuses for good sets aside the documents that owe it a delivery; the rest of
// the chunk is marked sent. Anything else fails the batch, which stays pending for a retry.
import { join } from 'node:path';
import { botenSeizure, makeSample } from '@bex/schemas';
import { loadAgreements, type AnyRecord, type Logger, type OutboxDoc, type OutboxStore, type RecipientLedger } from '@bex/shared';
import type { OutgoingMessage, RecordPublisher } from '../data-access/record-publisher';
import type { Delivery } from '../domain/plan-deliveries';
import { RelayLoop } from './relay-loop';

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined } as unknown as Logger;
const agreements = loadAgreements(join(__dirname, '..', '..', '..', '..', 'deploy', 'agreements'));
const refusal = Object.assign(new Error('Not authorized to access topics: [Topic authorization failed]'), { type: 'TOPIC_AUTHORIZATION_FAILED', retriable: false });

function doc(n: number): OutboxDoc {
  const record = makeSample('SeizureCase', { source: 'LA', recipient: 'LA', recordId: `r${n}`, revision: 1, base: botenSeizure }) as unknown as AnyRecord;
  return { _id: `r${n}:1`, recordId: `r${n}`, revision: 1, recordType: 'SeizureCase', record, state: 'pending', createdAt: new Date(n), attempts: 0 };
}

function relayOver(docs: OutboxDoc[], refuse: (topic: string) => Error | undefined) {
  const calls = { sent: [] as string[], quarantined: new Map<string, string>(), failed: [] as string[], produced: [] as string[] };
  const outbox = {
    pending: async () => docs,
    markSent: async (ids: string[]) => void calls.sent.push(...ids),
    markFailed: async (ids: string[]) => void calls.failed.push(...ids),
    quarantine: async (id: string, reason: string) => void calls.quarantined.set(id, reason),
  } as unknown as OutboxStore;
  const publisher = {
    encode: async (deliveries: Delivery[]) => deliveries.map((d) => ({ topic: `bex.${d.recipient.toLowerCase()}.seizure-cases`, message: { key: d.record.meta.recordId, value: Buffer.from('x') } })),
    send: async (messages: OutgoingMessage[]) => {
      const refused = messages.map((m) => refuse(m.topic)).find((e) => e !== undefined);
      if (refused) throw Object.assign(new Error(refused.message), { retriable: false, cause: refused });
      calls.produced.push(...messages.map((m) => `${m.topic}:${String(m.message.key)}`));
    },
    sendEachTopic: async (messages: OutgoingMessage[], ownProblem: (err: unknown) => boolean) => {
      const errors = new Map<string, unknown>();
      for (const topic of new Set(messages.map((m) => m.topic))) {
        const err = refuse(topic);
        if (err === undefined) calls.produced.push(...messages.filter((m) => m.topic === topic).map((m) => `${topic}:${String(m.message.key)}`));
        else if (ownProblem(err)) errors.set(topic, err);
        else throw err;
      }
      return errors;
    },
  } as unknown as RecordPublisher;
  const ledger = { holdersOf: async () => new Map(), remember: async () => undefined } as unknown as RecipientLedger;
  const relay = new RelayLoop({ self: 'LA', partners: ['VN', 'CN'], agreements, outbox, ledger, publisher, logger: quiet, now: () => new Date('2025-06-01T00:00:00Z') });
  return { relay, calls };
}

it('sets aside the documents that owe a refused topic, with the topic and the reason, and sends the rest', async () => {
  const { relay, calls } = relayOver([doc(1), doc(2)], (topic) => (topic === 'bex.cn.seizure-cases' ? refusal : undefined));
  await relay.runOnce();
  expect([...calls.quarantined.keys()].sort()).toEqual(['r1:1', 'r2:1']);
  expect(calls.quarantined.get('r1:1')).toMatch(/bex\.cn\.seizure-cases.*TOPIC_AUTHORIZATION_FAILED/);
  // Their other deliveries went out; nothing is marked sent that owes CN something.
  expect(calls.produced).toEqual(expect.arrayContaining(['bex.la.seizure-cases:r1', 'bex.vn.seizure-cases:r1', 'bex.vn.seizure-cases:r2']));
  expect(calls.sent).toEqual([]);
  expect(calls.failed).toEqual([]);
});

it('retries the whole batch when the broker is unreachable', async () => {
  const down = Object.assign(new Error('Connection error: ECONNREFUSED'), { retriable: true });
  const { relay, calls } = relayOver([doc(1)], () => down);
  await expect(relay.runOnce()).rejects.toThrow(/ECONNREFUSED/);
  expect(calls.failed).toEqual(['r1:1']);
  expect(calls.quarantined.size).toBe(0);
});

it('retries the whole batch when the broker goes away while the topics are tried one by one', async () => {
  let tries = 0;
  const { relay, calls } = relayOver([doc(1)], (topic) => {
    if (topic === 'bex.cn.seizure-cases') return refusal;
    tries += 1;
    return tries > 1 ? Object.assign(new Error('Connection error'), { retriable: true }) : undefined;
  });
  await expect(relay.runOnce()).rejects.toThrow(/Connection error/);
  expect(calls.failed).toEqual(['r1:1']);
  expect(calls.quarantined.size).toBe(0);
});
