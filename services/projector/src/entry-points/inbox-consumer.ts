// The projector's consumer: one group per authority on its own inbox topics only. Each batch is
// sorted, dead letters are stored and published, the view is written in bulk, and only then are
// the offsets resolved and committed. A crash before the commit replays the batch, which the
// revision guard makes harmless.
import {
  deadLetterTopic,
  inboxTopics,
  type Agreement,
  type AuthorityCode,
  type AvroSerde,
  type Logger,
  type TrustStore,
} from '@bex/shared';
import type { Consumer, Kafka, Producer } from 'kafkajs';
import type { DeadLetter, DeadLetterStore } from '../data-access/dead-letter-store';
import type { ViewStore } from '../data-access/view-store';
import { sortMessages } from './sort-messages';

export interface ProjectorOptions {
  self: AuthorityCode;
  kafka: Kafka;
  producer: Producer;
  serde: AvroSerde;
  trustStore: TrustStore;
  agreements: readonly Agreement[];
  views: ViewStore;
  deadLetters: DeadLetterStore;
  logger: Logger;
  topicPrefix: string;
  onApplied?: (count: number) => void;
}

export class InboxConsumer {
  private consumer: Consumer | undefined;

  constructor(private readonly opts: ProjectorOptions) {}

  async start(): Promise<void> {
    const { self, kafka, logger } = this.opts;
    this.consumer = kafka.consumer({ groupId: `${this.opts.topicPrefix}-projector-${self.toLowerCase()}`, allowAutoTopicCreation: false });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: inboxTopics(self, this.opts.topicPrefix), fromBeginning: true });
    await this.consumer.run({
      eachBatchAutoResolve: false,
      eachBatch: async ({ batch, resolveOffset, commitOffsetsIfNecessary, heartbeat, isRunning, isStale }) => {
        if (!isRunning() || isStale() || batch.messages.length === 0) return;
        const sorted = await sortMessages(batch.topic, batch.partition, batch.messages, {
          self,
          serde: this.opts.serde,
          trustStore: this.opts.trustStore,
          agreements: this.opts.agreements,
          now: new Date(),
        });
        await this.publishDeadLetters(sorted.deadLetters);
        let applied = 0;
        for (const [type, docs] of sorted.views) applied += await this.opts.views.apply(type, docs);
        resolveOffset(batch.messages[batch.messages.length - 1]!.offset);
        await commitOffsetsIfNecessary();
        await heartbeat();
        this.opts.onApplied?.(applied);
        if (sorted.deadLetters.length > 0) {
          logger.warn({ topic: batch.topic, reasons: sorted.deadLetters.map((d) => d.reason) }, 'records sent to dead letters');
        }
      },
    });
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }

  private async publishDeadLetters(letters: DeadLetter[]): Promise<void> {
    if (letters.length === 0) return;
    await this.opts.deadLetters.save(letters);
    await this.opts.producer.send({
      topic: deadLetterTopic(this.opts.self, this.opts.topicPrefix),
      acks: -1,
      messages: letters.map((l) => ({
        key: l.key,
        value: l.value,
        headers: { ...l.headers, 'bex-dead-letter-reason': l.reason, 'bex-dead-letter-detail': l.detail.slice(0, 500), 'bex-original-topic': l.topic, 'bex-original-offset': l.offset },
      })),
    });
  }
}
