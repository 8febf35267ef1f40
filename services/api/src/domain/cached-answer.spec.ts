import { answerStillFresh } from './cached-answer';

describe('readiness answer cache', () => {
  it('reuses an answer younger than the interval, and asks again once it is as old', () => {
    expect(answerStillFresh(undefined, 1_000, 5_000)).toBe(false);
    expect(answerStillFresh({ ok: true, atMs: 1_000 }, 1_000, 5_000)).toBe(true);
    expect(answerStillFresh({ ok: false, atMs: 1_000 }, 5_999, 5_000)).toBe(true);
    expect(answerStillFresh({ ok: true, atMs: 1_000 }, 6_000, 5_000)).toBe(false);
  });

  it('does not trust an answer from the future (a clock that went backwards)', () => {
    expect(answerStillFresh({ ok: true, atMs: 10_000 }, 9_000, 5_000)).toBe(false);
  });
});
