// Dead letters of the partitions sorted at the same time, stored and published together: one
// budget read, one bulk write and one produce per fetch instead of per partition. A partner that
// writes junk to every partition of an inbox made the projector pay three database round trips per
// partition and fetch for it, on the database its honest records wait for.
import { Coalescer, deadLetterTopic, type AcknowledgedProducer, type AuthorityCode } from '@bex/shared';
import type { DeadLetter, DeadLetterStore } from '@bex/view';

export class DeadLetterIntake {
  private readonly writes = new Coalescer<DeadLetter[], void>((batches) => this.saveTogether(batches));

  constructor(
    private readonly store: DeadLetterStore,
    private readonly producer: AcknowledgedProducer,
    private readonly self: AuthorityCode,
    private readonly topicPrefix: string,
  ) {}

  /** Resolves once these letters are stored (each source's beyond its hourly budget only counted) and those kept whole published. */
  take(letters: DeadLetter[]): Promise<void> {
    return letters.length === 0 ? Promise.resolve() : this.writes.submit(letters);
  }

  private async saveTogether(batches: readonly DeadLetter[][]): Promise<void[]> {
    const kept = await this.store.save(batches.flat());
    if (kept.length > 0) {
      await this.producer.send({
        topic: deadLetterTopic(this.self, this.topicPrefix),
        acks: -1,
        messages: kept.map((l) => ({
          key: l.key,
          // The same as the stored entry: bytes only where they may be kept, a digest always.
          value: l.value,
          headers: {
            ...l.headers,
            'bex-dead-letter-reason': l.reason,
            'bex-dead-letter-detail': l.detail.slice(0, 500),
            'bex-original-topic': l.topic,
            'bex-original-partition': String(l.partition),
            'bex-original-offset': l.offset,
            'bex-original-length': String(l.valueLength),
            ...(l.valueSha256 === null ? {} : { 'bex-original-sha256': l.valueSha256 }),
          },
        })),
      });
    }
    return batches.map(() => undefined);
  }
}
