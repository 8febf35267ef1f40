import type { ViewDocument } from '@bex/projector';
import { byPriorityThenExpiry, gateAlerts, plateKey } from './alert-queries';
import { ownAlertIds } from './hit-queries';
import { policiesInForce } from './policy-queries';
import { seizureListing } from './seizure-queries';

const alert = (id: string, priority: string, validUntil: number | null) =>
  ({ _id: id, revision: 1, source: 'VN', status: 'ACTIVE', issuedAt: 0, handlingCode: 'H1', record: { priority }, validUntil }) as unknown as ViewDocument;

describe('query rules', () => {
  it('orders URGENT alerts first, then the soonest to expire, open-ended last', () => {
    const docs = [alert('a', 'ROUTINE', 10), alert('b', 'URGENT', null), alert('c', 'URGENT', 50), alert('d', 'ROUTINE', 5)];
    expect(docs.sort(byPriorityThenExpiry).map((d) => d._id)).toEqual(['c', 'b', 'd', 'a']);
  });

  it('normalises plates as typed at the gate and refuses what holds no plate', () => {
    expect(plateKey('43c 123-45')).toBe('43C12345');
    expect(plateKey('43C-123.45')).toBe('43C12345');
    expect(plateKey(' - . ')).toBeUndefined();
  });

  it('asks for live alerts valid at the instant, bounds optional', () => {
    expect(gateAlerts('LA-DTO', 100).filter).toEqual({
      gates: 'LA-DTO',
      status: { $in: ['ACTIVE', 'AMENDED'] },
      $and: [{ $or: [{ validFrom: null }, { validFrom: { $lte: 100 } }] }, { $or: [{ validUntil: null }, { validUntil: { $gt: 100 } }] }],
    });
  });

  it('lists seizures newest first with every filter on an indexed field, one extra for the next page', () => {
    const q = seizureListing({ from: 1, to: 9, gate: 'LA-BTN', category: 'TOBACCO', source: 'VN', limit: 10, after: { key: 5, id: 'x' } });
    expect(q).toEqual({
      collection: 'SeizureCase',
      filter: {
        status: { $ne: 'WITHDRAWN' },
        gates: 'LA-BTN',
        categories: 'TOBACCO',
        source: 'VN',
        occurredAt: { $gte: 1, $lt: 9, $lte: 5 },
        $or: [{ occurredAt: { $lt: 5 } }, { _id: { $lt: 'x' } }],
      },
      sort: { occurredAt: -1, _id: -1 },
      limit: 11,
      hint: { gates: 1, occurredAt: -1, _id: -1 },
    });
    expect(seizureListing({ category: 'TOBACCO', limit: 5 }).hint).toEqual({ categories: 1, occurredAt: -1, _id: -1 });
    expect(seizureListing({ limit: 5 }).hint).toEqual({ occurredAt: -1, _id: -1 });
  });

  it('finds changes in force: neither withdrawn nor superseded, started, not ended', () => {
    expect(policiesInForce('LA-BTN', 7).filter).toEqual({
      gates: 'LA-BTN',
      status: { $nin: ['WITHDRAWN', 'SUPERSEDED'] },
      validFrom: { $lte: 7 },
      $or: [{ validUntil: null }, { validUntil: { $gt: 7 } }],
    });
    expect(ownAlertIds('LA')).toEqual({ collection: 'VehicleRiskAlert', filter: { source: 'LA' }, projection: { _id: 1 }, hint: { source: 1 } });
  });
});
