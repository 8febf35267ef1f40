// The projector judges a revoked key by the batch's clock (ctx.now), not by the signing time the
// record claims. Decoding is faked: only the wiring between the clock and verification is at stake.
import { botenSeizure, makeSample } from '@bex/schemas';
import { createTrustStore, devPrivateKey, devPublicKey, inboxTopic, signRecord, type AnyRecord, type AvroSerde } from '@bex/shared';
import type { KafkaMessage } from 'kafkajs';
import { sortMessages, type SortContext } from './sort-messages';

const REVOKED_AT = new Date('2026-06-15T12:00:00.000Z');
// Signed well before the revocation, as a leaked key would backdate it.
const SIGNED_AT = new Date('2026-06-01T00:00:00.000Z');
const record = makeSample('SeizureCase', { source: 'LA', recipient: 'LA', recordId: 'r1', base: botenSeizure }) as unknown as AnyRecord;
const value = Buffer.from('the encoded record');
const { headers } = signRecord(
  { source: 'LA', recipient: 'LA', recordId: 'r1', revision: record.meta.revision, value, signedAt: SIGNED_AT },
  devPrivateKey('LA', 'la-2025-01'),
  'la-2025-01',
);
const message = { offset: '7', key: null, value, headers: { ...headers }, timestamp: String(SIGNED_AT.getTime()), attributes: 0 } as unknown as KafkaMessage;

function ctx(now: Date): SortContext {
  return {
    self: 'LA',
    serde: { warm: async () => undefined, decode: async () => ({ value: record }) } as unknown as AvroSerde,
    trustStore: createTrustStore([{ authority: 'LA', key: { keyId: 'la-2025-01', publicKey: devPublicKey('LA', 'la-2025-01'), revokedAt: REVOKED_AT } }]),
    agreements: [],
    now,
    heldKeys: async () => new Set(),
    deadLetterBytesRetentionMs: 1000,
  };
}

describe('sortMessages and a revoked key', () => {
  const topic = inboxTopic('LA', 'SeizureCase');

  it('admits a record taken in before the revocation', async () => {
    const sorted = await sortMessages(topic, 0, [message], ctx(new Date(REVOKED_AT.getTime() - 1)));
    expect(sorted.deadLetters).toEqual([]);
    expect(sorted.views.get('SeizureCase')?.map((d) => d._id)).toHaveLength(1);
  });

  it('sends a record taken in at or after the revocation to dead letters', async () => {
    const sorted = await sortMessages(topic, 0, [message], ctx(REVOKED_AT));
    expect(sorted.views.size).toBe(0);
    expect(sorted.deadLetters).toMatchObject([{ reason: 'signature-key-revoked', offset: '7', receivedAt: REVOKED_AT }]);
  });
});
