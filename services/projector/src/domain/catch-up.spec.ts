import { judgeCatchUp } from './catch-up';

describe('judgeCatchUp', () => {
  const silence = 1_000;

  it('is caught up when nothing is left, however long it took', () => {
    const first = judgeCatchUp(undefined, { lag: 5, taken: 0 }, 0, silence);
    expect(judgeCatchUp(first.watch, { lag: 0, taken: 5 }, 10 * 60_000, silence).verdict).toBe('caught-up');
  });

  it('keeps waiting on a long replay as long as it moves', () => {
    let watch = judgeCatchUp(undefined, { lag: 1_000_000, taken: 0 }, 0, silence).watch;
    // Far past any fixed deadline, but each look finds more taken in than the last.
    for (let t = 1; t <= 600; t += 1) {
      const judged = judgeCatchUp(watch, { lag: 1_000_000 - t, taken: t }, t * 900, silence);
      expect(judged.verdict).toBe('waiting');
      watch = judged.watch;
    }
  });

  it('gives up once nothing was taken in for longer than the allowed silence', () => {
    const first = judgeCatchUp(undefined, { lag: 10, taken: 3 }, 0, silence);
    expect(judgeCatchUp(first.watch, { lag: 10, taken: 3 }, silence, silence).verdict).toBe('waiting');
    expect(judgeCatchUp(first.watch, { lag: 10, taken: 3 }, silence + 1, silence).verdict).toBe('stalled');
  });

  it('counts progress by records taken in, not by a shrinking lag: partners may keep sending meanwhile', () => {
    const first = judgeCatchUp(undefined, { lag: 10, taken: 0 }, 0, silence);
    const later = judgeCatchUp(first.watch, { lag: 10, taken: 10 }, 900, silence);
    expect(judgeCatchUp(later.watch, { lag: 10, taken: 10 }, 1_800, silence).verdict).toBe('waiting');
  });
});
