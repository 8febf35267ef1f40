import { planYear } from './year-plan';

const NOW = Date.UTC(2026, 11, 3, 9, 30);
const bodies = (plan: ReturnType<typeof planYear>) => plan.steps.map((s) => [s.name, s.authority, s.operation, s.target, JSON.stringify(s.body?.(new Map()))]);

describe('a year of exchange, planned', () => {
  it('is deterministic: the same seed, scale and day give the same calls; another seed others', () => {
    const a = planYear({ seed: 7, scale: 0.5, now: NOW });
    expect(bodies(planYear({ seed: 7, scale: 0.5, now: NOW + 3 * 3_600_000 }))).toEqual(bodies(a));
    expect(bodies(planYear({ seed: 8, scale: 0.5, now: NOW }))).not.toEqual(bodies(a));
  });

  it('holds every kind of record and change, in proportion to the scale', () => {
    const { counts, steps } = planYear({ seed: 1, scale: 1, now: NOW });
    expect(counts.SeizureCase).toBe(300);
    expect(counts.VehicleRiskAlert).toBe(48);
    for (const kind of ['AlertHit', 'amendment', 'suspension', 'withdrawal', 'PolicyChange', 'supersession']) expect([kind, counts[kind]! > 0]).toEqual([kind, true]);
    expect(steps.filter((s) => s.operation === 'submitSeizureCase').map((s) => s.authority).sort().filter((a, i, all) => all.indexOf(a) === i)).toEqual(['CN', 'LA', 'VN']);
    expect(planYear({ seed: 1, scale: 0.1, now: NOW }).counts.SeizureCase).toBe(30);
  });

  it('spreads seizures over the last 365 days, more in the dry season, none in the future', () => {
    const { steps } = planYear({ seed: 3, scale: 2, now: NOW });
    const times = steps.filter((s) => s.operation === 'submitSeizureCase').map((s) => Date.parse((s.body!(new Map()) as { seizedAt: string }).seizedAt));
    expect(Math.max(...times)).toBeLessThan(NOW);
    expect(Math.min(...times)).toBeGreaterThanOrEqual(Date.UTC(2025, 11, 3));
    const months = new Set(times.map((t) => new Date(t).getUTCMonth()));
    expect(months.size).toBe(12);
    const dry = times.filter((t) => [10, 11, 0, 1, 2, 3].includes(new Date(t).getUTCMonth())).length;
    expect(dry / times.length).toBeGreaterThan(0.55);
  });

  it('Boten closes and reopens at 150 trucks a day instead of 350, superseding the closure', () => {
    const { steps } = planYear({ seed: 1, scale: 0.1, now: NOW });
    const reopening = steps.find((s) => s.name === 'btn-reopening')!;
    expect(reopening).toMatchObject({ operation: 'supersedePolicyChange', target: 'btn-closure', authority: 'LA' });
    expect(reopening.body!(new Map())).toMatchObject({ affectedGates: ['LA-BTN'], checkpointStatus: 'TEST_RUN', dailyVehicleLimit: 150, previousDailyVehicleLimit: 350 });
    expect(steps.findIndex((s) => s.name === 'btn-closure')).toBeLessThan(steps.indexOf(reopening));
  });
});
