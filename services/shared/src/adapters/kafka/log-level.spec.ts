import { kafkaLogLevel } from './log-level';

describe('kafkaLogLevel', () => {
  it('puts a broker answer about a moving leader on one connection to debug', () => {
    expect(kafkaLogLevel('error', 'Response Metadata(key: 3, version: 6)', 'There is no leader for this topic-partition as we are in the middle of a leadership election')).toBe('debug');
    expect(kafkaLogLevel('error', 'Response OffsetCommit(key: 8, version: 5)', 'This is not the correct coordinator for this group')).toBe('debug');
  });

  it('keeps a send that kafkajs had to retry for it as a warning', () => {
    expect(kafkaLogLevel('error', 'Failed to send messages: This server is not the leader for that topic-partition', undefined)).toBe('warn');
  });

  it('leaves other errors at error level', () => {
    expect(kafkaLogLevel('error', 'Connection error: connect ECONNREFUSED 127.0.0.1:9092', undefined)).toBe('error');
    expect(kafkaLogLevel('error', 'Response Produce(key: 0, version: 7)', 'Topic authorization failed')).toBe('error');
    expect(kafkaLogLevel('error', 'Crash: KafkaJSNumberOfRetriesExceeded: The group is rebalancing', undefined)).toBe('error');
  });

  it('never raises a level', () => {
    expect(kafkaLogLevel('info', 'Response Metadata', 'Topic authorization failed')).toBe('info');
  });
});
