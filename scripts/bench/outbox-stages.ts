// Splits end-to-end latency at the relay: the outbox keeps when the api wrote a revision
// (createdAt) and when the broker acknowledged it (sentAt, set right after the produce resolved),
// so accept→sent is outbox wait + relay, and sent→view is Kafka + projector + poll resolution.
import type { OutboxStore } from '@bex/shared';

export interface Stamps {
  createdAt: number;
  sentAt: number | undefined;
}

export async function outboxStamps(outbox: OutboxStore, recordIds: string[]): Promise<Map<string, Stamps>> {
  const stamps = new Map<string, Stamps>();
  for (let i = 0; i < recordIds.length; i += 1000) {
    const ids = recordIds.slice(i, i + 1000).map((id) => `${id}:1`);
    const docs = await outbox.model.collection
      .find({ _id: { $in: ids } } as never, { projection: { recordId: 1, createdAt: 1, sentAt: 1 } })
      .toArray();
    for (const d of docs as unknown as { recordId: string; createdAt: Date; sentAt?: Date }[]) {
      stamps.set(d.recordId, { createdAt: d.createdAt.getTime(), sentAt: d.sentAt?.getTime() });
    }
  }
  return stamps;
}
