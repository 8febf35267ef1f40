// The relay's own encoding, outside the relay: a fresh SeizureCase planned for its recipients
// (redacted per agreement), Avro-encoded with the registry's schema id and signed with LA's key,
// by the relay's RecordPublisher. Used to learn the size of what the relay sends (the perf test's
// record size) and to fill an inbox quickly for the rebuild.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { planDeliveries, RecordPublisher } from '@bex/relay';
import { avroType, botenSeizure } from '@bex/schemas';
import { AvroSerde, DEV_SIGNING_KEY_IDS, type AcknowledgedProducer, devPrivateKey, loadAgreements, RegistryClient, type AnyRecord, type AuthorityCode } from '@bex/shared';
import type { Message } from 'kafkajs';

export const freshSeizure = (): AnyRecord => ({ ...botenSeizure, meta: { ...botenSeizure.meta, recordId: randomUUID() } }) as unknown as AnyRecord;

export interface OutgoingMessage {
  topic: string;
  message: Message;
}

/** Key, value and header bytes of one message: what a produce request carries for it. */
export function messageBytes(m: Message): number {
  let size = (m.value as Buffer | null)?.length ?? 0;
  size += Buffer.byteLength(String(m.key ?? ''));
  for (const [name, value] of Object.entries(m.headers ?? {})) size += Buffer.byteLength(name) + Buffer.byteLength(String(value));
  return size;
}

export class SignedRecords {
  private readonly publisher: RecordPublisher;
  private readonly agreements;
  private readonly partners: AuthorityCode[];

  constructor(
    root: string,
    registryUrl: string,
    private readonly prefix: string,
    producer?: AcknowledgedProducer,
    private readonly self: AuthorityCode = 'LA',
  ) {
    this.agreements = loadAgreements(join(root, 'deploy', 'agreements'));
    this.partners = [...new Set(this.agreements.filter((a) => a.source === self).map((a) => a.recipient))];
    const key = { keyId: DEV_SIGNING_KEY_IDS[self], privateKey: devPrivateKey(self, DEV_SIGNING_KEY_IDS[self]) };
    this.publisher = new RecordPublisher(producer as AcknowledgedProducer, new AvroSerde(new RegistryClient({ baseUrl: registryUrl })), self, key, prefix);
  }

  /** The messages the relay would send for these records, to every recipient or to one. */
  async encode(records: AnyRecord[], only?: AuthorityCode): Promise<OutgoingMessage[]> {
    const at = new Date();
    const out: OutgoingMessage[] = [];
    for (const record of records) {
      const plan = planDeliveries(record, { self: this.self, partners: this.partners, agreements: this.agreements, at, heldBy: new Set(), schema: avroType(record.meta.recordType) });
      const deliveries = only === undefined ? plan.deliveries : plan.deliveries.filter((d) => d.recipient === only);
      out.push(...(await this.publisher.encode(deliveries, at)));
    }
    return out;
  }

  /** Produces with acks=all through the relay's publisher (needs the producer given at construction). */
  send(messages: OutgoingMessage[]): Promise<void> {
    return this.publisher.send(messages);
  }

  topicPrefix(): string {
    return this.prefix;
  }
}
