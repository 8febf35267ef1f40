import { judgeProduceFailure } from './produce-failure';

// Shapes as kafkajs builds them: a protocol error carrying the broker's code, wrapped by its retrier.
const protocol = (type: string, retriable: boolean, message = 'broker says no') => Object.assign(new Error(message), { name: 'KafkaJSProtocolError', type, retriable });
const wrapped = (cause: Error, retriable = false) => Object.assign(new Error(cause.message), { name: 'KafkaJSNonRetriableError', retriable, cause });

describe('judgeProduceFailure', () => {
  it('makes a topic the broker refuses to authorise the problem of that topic, with the reason', () => {
    const failure = judgeProduceFailure(wrapped(protocol('TOPIC_AUTHORIZATION_FAILED', false, 'Not authorized to access topics: [Topic authorization failed]')));
    expect(failure).toEqual({ scope: 'topic', reason: 'TOPIC_AUTHORIZATION_FAILED: Not authorized to access topics: [Topic authorization failed]' });
  });

  it('finds the refusal however deep kafkajs wrapped it', () => {
    expect(judgeProduceFailure(wrapped(wrapped(protocol('INVALID_TOPIC_EXCEPTION', false)))).scope).toBe('topic');
  });

  it.each([
    ['a broker that is down', Object.assign(new Error('Connection error: ECONNREFUSED'), { name: 'KafkaJSConnectionError', retriable: true })],
    ['retries exhausted on a leader election', Object.assign(new Error('gave up'), { name: 'KafkaJSNumberOfRetriesExceeded', retriable: false, cause: protocol('LEADER_NOT_AVAILABLE', true) })],
    ['a refusal for the whole cluster', wrapped(protocol('CLUSTER_AUTHORIZATION_FAILED', false))],
    ['an idempotent write refused', wrapped(protocol('TRANSACTIONAL_ID_AUTHORIZATION_FAILED', false))],
    ['a request timeout', Object.assign(new Error('Request Produce(key: 0, version: 7) timed out'), { name: 'KafkaJSRequestTimeoutError', retriable: true })],
    ['something that is not an error at all', 'boom'],
  ])('makes %s everyone\'s problem: the batch is retried', (_, err) => {
    expect(judgeProduceFailure(err)).toEqual({ scope: 'batch' });
  });

  it('does not take a refusal the broker calls retriable as final', () => {
    expect(judgeProduceFailure(protocol('TOPIC_AUTHORIZATION_FAILED', true)).scope).toBe('batch');
  });

  it('does not loop on a cause chain that points back at itself', () => {
    const a: Error & { cause?: unknown } = new Error('a');
    a.cause = a;
    expect(judgeProduceFailure(a)).toEqual({ scope: 'batch' });
  });
});
