import { EventEmitter } from 'node:events';
import { ConsumerLiveness, nextConsumerState } from './consumer-liveness';

const EVENTS = {
  CONNECT: 'consumer.connect',
  GROUP_JOIN: 'consumer.group_join',
  DISCONNECT: 'consumer.disconnect',
  CRASH: 'consumer.crash',
  FETCH: 'consumer.fetch',
  HEARTBEAT: 'consumer.heartbeat',
  END_BATCH_PROCESS: 'consumer.end_batch_process',
};

/** A stand-in for a kafkajs consumer: the same event names, emitted by the test. */
function fakeConsumer() {
  const emitter = new EventEmitter();
  return {
    events: EVENTS as never,
    on: ((name: string, listener: (e: unknown) => void) => {
      emitter.on(name, listener);
      return () => emitter.off(name, listener);
    }) as never,
    emit: (name: string, payload?: unknown) => emitter.emit(name, { id: 1, type: name, timestamp: 0, payload }),
  };
}

describe('consumer liveness', () => {
  it('follows kafkajs\' events: connected is alive, a crash is not, a restart is again', () => {
    expect(nextConsumerState('not-started', 'connect')).toBe('running');
    expect(nextConsumerState('running', 'crash')).toBe('crashed');
    // kafkajs disconnects before it emits the crash, and a disconnect after a crash stays a crash.
    expect(nextConsumerState('crashed', 'disconnect')).toBe('crashed');
    expect(nextConsumerState('running', 'disconnect')).toBe('stopped');
    expect(nextConsumerState('crashed', 'connect')).toBe('running');
  });

  it('answers not alive after a CRASH event and reports the error', () => {
    const crashes: Array<[string, boolean]> = [];
    const liveness = new ConsumerLiveness((error, restart) => crashes.push([error, restart]));
    const consumer = fakeConsumer();
    liveness.watch(consumer);
    expect(liveness.alive()).toBe(false);
    consumer.emit(EVENTS.CONNECT);
    consumer.emit(EVENTS.GROUP_JOIN);
    expect(liveness.alive()).toBe(true);
    consumer.emit(EVENTS.DISCONNECT);
    consumer.emit(EVENTS.CRASH, { error: new Error('eachBatch threw'), restart: false });
    expect(liveness.alive()).toBe(false);
    expect(crashes).toEqual([['eachBatch threw', false]]);
  });

  it('watches only the latest consumer', () => {
    const liveness = new ConsumerLiveness();
    const old = fakeConsumer();
    const current = fakeConsumer();
    liveness.watch(old);
    liveness.watch(current);
    current.emit(EVENTS.CONNECT);
    old.emit(EVENTS.CRASH, { error: new Error('old'), restart: false });
    expect(liveness.alive()).toBe(true);
  });

  it('answers not alive when a running consumer stops turning, and alive again at its next fetch', () => {
    const liveness = new ConsumerLiveness(undefined, 1_000);
    const consumer = fakeConsumer();
    liveness.watch(consumer);
    consumer.emit(EVENTS.CONNECT);
    const joined = Date.now();
    expect(liveness.alive(joined + 900)).toBe(true);
    expect(liveness.alive(joined + 1_500)).toBe(false);
    consumer.emit(EVENTS.FETCH);
    expect(liveness.alive(Date.now() + 900)).toBe(true);
  });
});
