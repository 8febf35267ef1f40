// Whether the projector's Kafka consumer is alive, from kafkajs' instrumentation events. A consumer
// that crashed (CRASH) is not alive until it has connected again (kafkajs restarts it after a
// retriable error: CONNECT, then GROUP_JOIN); a disconnected one is stopped. The projector creates
// its consumers through the Kafka client it is given, so the authority hands it a client that
// watches every consumer it makes: the latest one is the projector's (rebuild makes a new one).
// A running consumer must also keep turning: kafkajs fetches every few seconds even when idle and
// heartbeats to its group, so a fetch loop silent for longer than the allowed silence is stuck.
import { Heartbeat } from '@bex/shared';
import type { Consumer, Kafka } from 'kafkajs';

export type ConsumerState = 'not-started' | 'running' | 'crashed' | 'stopped';
export type ConsumerEvent = 'connect' | 'group-join' | 'crash' | 'disconnect';

/** Pure: the consumer's state after one event. kafkajs disconnects before it reports a crash. */
export function nextConsumerState(state: ConsumerState, event: ConsumerEvent): ConsumerState {
  switch (event) {
    case 'connect':
    case 'group-join':
      return 'running';
    case 'crash':
      return 'crashed';
    case 'disconnect':
      return state === 'crashed' ? 'crashed' : 'stopped';
  }
}

type Watchable = Pick<Consumer, 'on' | 'events'>;

export class ConsumerLiveness {
  private state: ConsumerState = 'not-started';
  private watched: Watchable | undefined;
  /** The error of the last crash, for the log. */
  lastCrash: string | undefined;
  readonly heartbeat = new Heartbeat();

  constructor(
    private readonly onCrash: (error: string, restart: boolean) => void = () => undefined,
    private readonly maxSilenceMs = 120_000,
  ) {}

  alive(now: number = Date.now()): boolean {
    return this.state === 'running' && !this.heartbeat.stalled(this.maxSilenceMs, now);
  }

  get current(): ConsumerState {
    return this.state;
  }

  watch(consumer: Watchable): void {
    this.watched = consumer;
    this.state = 'not-started';
    this.heartbeat.beat();
    const on = (name: string, event: ConsumerEvent, then?: (payload: unknown) => void) =>
      consumer.on(name as never, (payload: unknown) => {
        if (this.watched !== consumer) return;
        this.state = nextConsumerState(this.state, event);
        this.heartbeat.beat();
        then?.(payload);
      });
    // Turns of a healthy consumer: they move the heartbeat without changing the state.
    for (const turn of [consumer.events.FETCH, consumer.events.HEARTBEAT, consumer.events.END_BATCH_PROCESS]) {
      consumer.on(turn as never, () => {
        if (this.watched === consumer) this.heartbeat.beat();
      });
    }
    on(consumer.events.CONNECT, 'connect');
    on(consumer.events.GROUP_JOIN, 'group-join');
    on(consumer.events.DISCONNECT, 'disconnect');
    on(consumer.events.CRASH, 'crash', (e) => {
      const { payload } = e as { payload?: { error?: Error; restart?: boolean } };
      this.lastCrash = payload?.error?.message ?? 'unknown error';
      this.onCrash(this.lastCrash, payload?.restart === true);
    });
  }
}

/** The Kafka client, except that every consumer it makes is watched by `liveness`. */
export function watchedKafka(kafka: Kafka, liveness: ConsumerLiveness): Kafka {
  const watched = Object.create(kafka) as Kafka;
  watched.consumer = (config) => {
    const consumer = kafka.consumer(config);
    liveness.watch(consumer);
    return consumer;
  };
  return watched;
}
