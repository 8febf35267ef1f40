import { nextPendingBound } from './pending-bound';

const at = (...ms: number[]) => ms.map((t) => ({ createdAt: new Date(t) }));

describe('nextPendingBound', () => {
  it('reads everything pending after a short batch or none', () => {
    expect(nextPendingBound([], 500)).toBeUndefined();
    expect(nextPendingBound(at(1_000, 2_000), 3)).toBeUndefined();
  });

  it('after a full batch, reaches as far past its last document as the batch spanned', () => {
    expect(nextPendingBound(at(1_000, 1_500, 4_000), 3)).toEqual(new Date(7_000));
  });

  it('reaches twice as far after a batch its bound cut short, and gives up the bound when nothing matched', () => {
    expect(nextPendingBound(at(1_000, 2_000), 3, new Date(3_000))).toEqual(new Date(5_000));
    expect(nextPendingBound([], 3, new Date(3_000))).toBeUndefined();
  });

  it('moves past a batch created within one millisecond', () => {
    expect(nextPendingBound(at(5_000, 5_000, 5_000), 3)).toEqual(new Date(5_001));
  });
});
