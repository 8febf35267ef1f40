import { Heartbeat } from './heartbeat';

describe('Heartbeat', () => {
  it('is not stalled within the allowed silence after start or a beat', () => {
    const h = new Heartbeat(1_000);
    expect(h.stalled(500, 1_400)).toBe(false);
    h.beat(1_400);
    expect(h.stalled(500, 1_900)).toBe(false);
    expect(h.silentFor(1_900)).toBe(500);
  });

  it('is stalled once the silence exceeds the limit', () => {
    const h = new Heartbeat(1_000);
    expect(h.stalled(500, 1_501)).toBe(true);
  });

  it('never moves backwards when beats arrive out of order', () => {
    const h = new Heartbeat(1_000);
    h.beat(5_000);
    h.beat(2_000);
    expect(h.silentFor(5_100)).toBe(100);
    expect(h.lastAt()).toBe(5_000);
  });
});
