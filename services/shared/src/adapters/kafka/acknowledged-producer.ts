// A kafkajs producer whose sends resolve only when every message's partition was acknowledged.
//
// kafkajs 2.2.4 retries a failed send inside sendBatch, but keeps the answers of the brokers that
// answered and does not send to them again (src/producer/sendMessages.js, responsePerBroker). When
// a partition's leadership moves to one of those brokers meanwhile (a node came back and took its
// preferred partitions; a reassignment), that partition's messages are never written and sendBatch
// resolves anyway: the relay would mark records sent that no topic holds. A chaos run on three
// nodes lost records this way (tests/e2e/leader-moves.spec.ts reproduces it).
//
// The partitioner records where each message went; the answer must cover each of those
// partitions. What it does not cover is sent again (only that: a partition's messages stay
// together and in order), and a send still incomplete after a few rounds fails, retriable, so the
// caller retries it whole. Nothing is acknowledged that a broker did not write.
import { Partitioners, type Kafka, type Message, type Producer, type ProducerBatch, type ProducerConfig, type ProducerRecord, type RecordMetadata, type TopicMessages } from 'kafkajs';
import { AppError } from '../../errors/app-error';
import { unacknowledged } from './unacknowledged';

/** Rounds of re-sending what an answer left out before the send fails. */
const MAX_ROUNDS = 4;

export class AcknowledgedProducer {
  private readonly producer: Producer;
  private readonly placed = new WeakMap<Message, number>();

  constructor(
    kafka: Kafka,
    config: Omit<ProducerConfig, 'createPartitioner'>,
    /** Told of every round that had to be sent again: which topic-partitions the answer left out. */
    private readonly onResend?: (missing: string[], round: number) => void,
  ) {
    this.producer = kafka.producer({ ...config, createPartitioner: () => this.recordingPartitioner() });
  }

  connect(): Promise<void> {
    return this.producer.connect();
  }

  disconnect(): Promise<void> {
    return this.producer.disconnect();
  }

  send(record: ProducerRecord): Promise<RecordMetadata[]> {
    const { topic, messages, ...rest } = record;
    return this.sendBatch({ ...rest, topicMessages: [{ topic, messages }] });
  }

  async sendBatch(batch: ProducerBatch): Promise<RecordMetadata[]> {
    const acknowledged: RecordMetadata[] = [];
    let pending = (batch.topicMessages ?? []).flatMap(({ topic, messages }) => messages.map((message) => ({ topic, message })));
    for (let round = 1; pending.length > 0; round += 1) {
      const answer = await this.producer.sendBatch({ ...batch, topicMessages: [...byTopic(pending).values()] });
      acknowledged.push(...answer);
      const missed = unacknowledged(
        pending.map(({ topic, message }) => ({ topic, partition: this.placed.get(message) })),
        answer,
      ).map((i) => pending[i]!);
      if (missed.length === 0) break;
      const partitions = [...new Set(missed.map(({ topic, message }) => `${topic}[${String(this.placed.get(message))}]`))];
      if (round >= MAX_ROUNDS) {
        throw new AppError('produce-not-acknowledged', `the broker did not acknowledge ${missed.length} message(s) to ${partitions.join(', ')} after ${round} rounds`, { retriable: true });
      }
      this.onResend?.(partitions, round);
      pending = missed;
    }
    return acknowledged;
  }

  /** kafkajs' default partitioner, remembering its choice for each message (the last one wins). */
  private recordingPartitioner() {
    const choose = Partitioners.DefaultPartitioner();
    return (args: Parameters<ReturnType<typeof Partitioners.DefaultPartitioner>>[0]): number => {
      const partition = choose(args);
      this.placed.set(args.message, partition);
      return partition;
    };
  }
}

/** Messages grouped per topic for kafkajs, each topic's in their order. */
export function byTopic(messages: readonly { topic: string; message: Message }[]): Map<string, TopicMessages> {
  const batches = new Map<string, TopicMessages>();
  for (const { topic, message } of messages) {
    const batch = batches.get(topic) ?? { topic, messages: [] };
    batch.messages.push(message);
    batches.set(topic, batch);
  }
  return batches;
}
