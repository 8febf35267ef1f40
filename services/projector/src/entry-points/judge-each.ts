// The loop records and receipts share: each message judged on its own, after the batch's unknown
// schema ids were looked up together. A failure that heals by itself is thrown (the batch is
// retried); any other failure while judging one message is that message's refusal.
import type { AvroSerde } from '@bex/shared';
import type { KafkaMessage } from 'kafkajs';
import { intakeFailure, stopsIntake } from '../domain/intake-failure';

export async function judgeEach(
  messages: readonly KafkaMessage[],
  serde: AvroSerde,
  judge: (message: KafkaMessage) => Promise<void>,
  refuse: (message: KafkaMessage, reason: string, detail: string) => void,
): Promise<void> {
  await serde.warm(messages.map((m) => m.value));
  for (const message of messages) {
    try {
      await judge(message);
    } catch (err) {
      if (stopsIntake(err)) throw err;
      const failure = intakeFailure(err);
      refuse(message, failure.reason, failure.detail);
    }
  }
}
