// How loud a kafkajs log line should be in BEX's logs. kafkajs logs every error answer of a broker
// at error level, also the ones it retries on its own: a leader moving, a coordinator changing or
// loading, a group rebalancing. Those are how a cluster works (a fresh topic, a node restarting),
// not problems: they go to debug. If they do not pass, what BEX logs itself says so (a failed relay
// batch, a crashed consumer). A send that kafkajs must retry is a warning; the rest keeps its level.
export type PinoLevel = 'error' | 'warn' | 'info' | 'debug';

/** Broker answers that clear up once kafkajs refreshes its metadata or rejoins its group. */
const TRANSIENT_ANSWERS = [
  'This server is not the leader for that topic-partition',
  'There is no leader for this topic-partition',
  'This server does not host this topic-partition',
  'This is not the correct coordinator for this group',
  'The coordinator is loading',
  'The group coordinator is not available',
  'The group is rebalancing',
];

export function kafkaLogLevel(level: PinoLevel, message: string, error: unknown): PinoLevel {
  // A crashed consumer stays an error whatever the answer that ended it.
  if (level !== 'error' || message.startsWith('Crash')) return level;
  const text = `${message} ${typeof error === 'string' ? error : ''}`;
  if (!TRANSIENT_ANSWERS.some((t) => text.includes(t))) return level;
  // "Response Metadata(key: 3, ...)": one answer on one connection, retried by kafkajs.
  return message.startsWith('Response ') ? 'debug' : 'warn';
}
