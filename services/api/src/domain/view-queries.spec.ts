import type { ViewDocument } from '@bex/view';
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

  it('asks the index for live alerts at a gate and checks validity, bounds optional, on what it yields', () => {
    const q = gateAlerts('LA-DTO', 100);
    expect(q.filter).toEqual({ gates: 'LA-DTO', status: { $in: ['ACTIVE', 'AMENDED'] } });
    expect(q.index).toEqual({ gates: 1, status: 1, validUntil: 1 });
    const valid = (validFrom: number | null, validUntil: number | null) => q.residual!({ ...alert('a', 'URGENT', validUntil), validFrom } as ViewDocument);
    expect([valid(null, null), valid(100, 101), valid(101, null), valid(null, 100)]).toEqual([true, true, false, false]);
  });

  it('lists seizures newest first: the filter names only fields of its index, the rest is checked after', () => {
    const q = seizureListing({ from: 1, to: 9, gate: 'LA-BTN', category: 'TOBACCO', source: 'VN', limit: 10, after: { key: 5, id: 'x' } });
    expect(q).toMatchObject({
      collection: 'SeizureCase',
      filter: { gates: 'LA-BTN', occurredAt: { $gte: 1, $lt: 9, $lte: 5 } },
      sort: { occurredAt: -1, _id: -1 },
      limit: 11,
      index: { gates: 1, occurredAt: -1, _id: -1 },
    });
    const doc = (occurredAt: number, id: string, categories: string[], source: string) => ({ _id: id, occurredAt, categories, source }) as unknown as ViewDocument;
    expect(q.residual!(doc(4, 'z', ['TOBACCO'], 'VN'))).toBe(true);
    expect(q.residual!(doc(5, 'w', ['TOBACCO'], 'VN'))).toBe(true);
    expect(q.residual!(doc(5, 'y', ['TOBACCO'], 'VN'))).toBe(false); // shown on the previous page
    expect(q.residual!(doc(4, 'z', ['DRUGS'], 'VN'))).toBe(false);
    expect(q.residual!(doc(4, 'z', ['TOBACCO'], 'LA'))).toBe(false);
    expect(seizureListing({ category: 'TOBACCO', limit: 5 })).toMatchObject({ filter: { categories: 'TOBACCO' }, index: { categories: 1, occurredAt: -1, _id: -1 } });
    expect(seizureListing({ limit: 5 })).toMatchObject({ filter: { occurredAt: { $gte: Number.MIN_SAFE_INTEGER } }, index: { occurredAt: -1, _id: -1 } });
    expect(seizureListing({ limit: 5 }).residual).toBeUndefined();
  });

  it('finds changes in force: started per the index, then neither withdrawn, superseded nor ended', () => {
    const q = policiesInForce('LA-BTN', 7);
    expect(q.filter).toEqual({ gates: 'LA-BTN', validFrom: { $lte: 7 } });
    const policy = (status: string, validUntil: number | null) => ({ status, validUntil }) as unknown as ViewDocument;
    expect([policy('ACTIVE', null), policy('ACTIVE', 8), policy('ACTIVE', 7), policy('SUPERSEDED', null), policy('WITHDRAWN', null)].map(q.residual!)).toEqual([
      true, true, false, false, false,
    ]);
    expect(ownAlertIds('LA')).toEqual({ collection: 'VehicleRiskAlert', filter: { source: 'LA' }, projection: { recordId: 1, gates: 1 }, index: { source: 1 } });
  });
});
