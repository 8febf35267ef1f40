import { transition } from './transitions';

describe('status transitions', () => {
  it.each([
    ['VehicleRiskAlert', 'amend', 'ACTIVE', 'AMENDED'],
    ['VehicleRiskAlert', 'amend', 'AMENDED', 'AMENDED'],
    ['VehicleRiskAlert', 'amend', 'SUSPENDED', 'SUSPENDED'],
    ['VehicleRiskAlert', 'suspend', 'AMENDED', 'SUSPENDED'],
    ['VehicleRiskAlert', 'reinstate', 'SUSPENDED', 'ACTIVE'],
    ['VehicleRiskAlert', 'withdraw', 'EXPIRED', 'WITHDRAWN'],
    ['SeizureCase', 'amend', 'ACTIVE', 'AMENDED'],
    ['PolicyChange', 'supersede', 'ACTIVE', 'SUPERSEDED'],
    ['PolicyChange', 'withdraw', 'SUPERSEDED', 'WITHDRAWN'],
  ] as const)('%s: %s from %s gives %s', (type, action, from, to) => {
    expect(transition(type, action, from)).toEqual({ ok: true, status: to });
  });

  it.each([
    ['VehicleRiskAlert', 'reinstate', 'ACTIVE', 'a VehicleRiskAlert in status ACTIVE cannot be reinstated'],
    ['VehicleRiskAlert', 'suspend', 'SUSPENDED', 'a VehicleRiskAlert in status SUSPENDED cannot be suspended'],
    ['VehicleRiskAlert', 'amend', 'WITHDRAWN', 'a VehicleRiskAlert in status WITHDRAWN cannot be amended'],
    ['VehicleRiskAlert', 'withdraw', 'WITHDRAWN', 'a VehicleRiskAlert in status WITHDRAWN cannot be withdrawn'],
    ['PolicyChange', 'supersede', 'SUPERSEDED', 'a PolicyChange in status SUPERSEDED cannot be superseded'],
    ['SeizureCase', 'suspend', 'ACTIVE', 'a SeizureCase cannot be suspended'],
    ['PolicyChange', 'amend', 'ACTIVE', 'a PolicyChange cannot be amended'],
  ] as const)('%s: %s from %s is refused', (type, action, from, reason) => {
    expect(transition(type, action, from)).toEqual({ ok: false, reason });
  });
});
