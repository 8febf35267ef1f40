import { cachedCheck, kafkaAnswers } from './dependency-checks';

describe('cachedCheck', () => {
  it('asks the dependency once per interval however many probes come, and again after it', async () => {
    let clock = 0;
    let asked = 0;
    const check = cachedCheck(async () => {
      asked += 1;
    }, 5_000, () => clock);
    await Promise.all(Array.from({ length: 50 }, () => check()));
    expect(asked).toBe(1);
    clock = 4_999;
    await check();
    expect(asked).toBe(1);
    clock = 5_000;
    await check();
    expect(asked).toBe(2);
  });

  it('keeps a failure for the interval too, then recovers', async () => {
    let clock = 0;
    let up = false;
    let asked = 0;
    const check = cachedCheck(async () => {
      asked += 1;
      if (!up) throw new Error('broker down');
    }, 5_000, () => clock);
    await expect(check()).rejects.toThrow();
    up = true;
    clock = 1_000;
    await expect(check()).rejects.toThrow();
    expect(asked).toBe(1);
    clock = 6_000;
    await expect(check()).resolves.toBeUndefined();
    expect(asked).toBe(2);
  });

  it('opens one broker connection for a storm of kafka probes', async () => {
    let connects = 0;
    const kafka = {
      admin: () => ({
        connect: async () => {
          connects += 1;
        },
        describeCluster: async () => ({}),
        disconnect: async () => undefined,
      }),
    };
    const check = cachedCheck(() => kafkaAnswers(kafka), 5_000, () => 0);
    await Promise.all(Array.from({ length: 20 }, () => check()));
    expect(connects).toBe(1);
  });
});
