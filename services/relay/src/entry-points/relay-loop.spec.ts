// The relay's idle wait: a nudge (an append in the same process) ends it at once; a relay that
// stands by for another, or that backs off after a failure, keeps its wait.
import type { Logger, OutboxStore, RecipientLedger } from '@bex/shared';
import type { RecordPublisher } from '../data-access/record-publisher';
import { RelayLoop } from './relay-loop';

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined } as unknown as Logger;
const tick = (ms = 30): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A relay over an outbox that is always empty (or always failing); counts its reads and lease renewals. */
function relayWith(opts: { held?: boolean; failing?: boolean } = {}): { relay: RelayLoop; reads: () => number; acquires: () => number } {
  let reads = 0;
  let acquires = 0;
  const outbox = {
    pending: async () => {
      reads += 1;
      if (opts.failing) throw new Error('database unreachable');
      return [];
    },
  } as unknown as OutboxStore;
  const relay = new RelayLoop({
    self: 'LA', partners: [], agreements: [], outbox, logger: quiet,
    ledger: {} as RecipientLedger, publisher: {} as RecordPublisher,
    idleMs: 60_000,
    lease: {
      acquire: async () => {
        acquires += 1;
        return { held: opts.held ?? true };
      },
      release: async () => undefined,
    },
  });
  started.push(relay);
  return { relay, reads: () => reads, acquires: () => acquires };
}

// Every relay a test starts is stopped, whether its expectations held or not (its timers would keep jest alive).
const started: RelayLoop[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((r) => r.stop()));
});

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await tick(10);
}

it('reads the outbox at once when nudged instead of waiting for its next poll', async () => {
  const { relay, reads } = relayWith();
  relay.start();
  await until(() => reads() === 1);
  await tick();
  expect(reads()).toBe(1); // idle: the next poll is a minute away
  relay.nudge();
  await until(() => reads() === 2);
  expect(reads()).toBe(2);
});

it('does not wake for a nudge while another relay holds the lease', async () => {
  const { relay, reads, acquires } = relayWith({ held: false });
  relay.start();
  await until(() => acquires() === 1);
  relay.nudge();
  await tick(50);
  expect(acquires()).toBe(1);
  expect(reads()).toBe(0);
});

it('keeps its backoff after a failed batch when nudged', async () => {
  const { relay, reads } = relayWith({ failing: true });
  relay.start();
  await until(() => reads() === 1);
  relay.nudge();
  await tick(100); // the first backoff is 250 ms
  expect(reads()).toBe(1);
});
