// Whose problem a failed produce is. A broker that refuses one topic (its ACL was removed with an
// agreement, the topic name is invalid) will refuse it however often the batch is retried: that is
// the problem of the deliveries to that topic, which are set aside so the rest keep flowing.
// Anything else (broker down, leader moving, timeouts, a cluster-wide refusal) is everyone's
// problem: the batch is retried as a whole.
import { causeChain } from '@bex/shared';

/** The broker's answers that concern one topic only and do not go away on a retry. */
const TOPIC_REFUSALS: ReadonlySet<string> = new Set(['TOPIC_AUTHORIZATION_FAILED', 'INVALID_TOPIC_EXCEPTION']);

export type ProduceFailure = { scope: 'topic'; reason: string } | { scope: 'batch' };

/** kafkajs wraps the broker's answer (`type`, `retriable`) in retry errors: the cause chain is searched. */
export function judgeProduceFailure(err: unknown): ProduceFailure {
  for (const e of causeChain(err)) {
    if (typeof e.type === 'string' && TOPIC_REFUSALS.has(e.type) && e.retriable !== true) {
      return { scope: 'topic', reason: `${e.type}: ${typeof e.message === 'string' ? e.message : 'refused by the broker'}` };
    }
  }
  return { scope: 'batch' };
}
