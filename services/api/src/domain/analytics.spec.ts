import type { ViewDocument } from '@bex/view';
import { groupSeizures, passesFilters, previousPeriod } from './analytics';

const doc = (id: string, over: Partial<ViewDocument>, record: object): ViewDocument =>
  ({ _id: id, revision: 1, source: 'LA', status: 'ACTIVE', issuedAt: 0, handlingCode: 'H1', record, ...over }) as ViewDocument;

const docs = [
  doc('a', { month: '2025-10', gates: ['LA-BTN'], categories: ['PSYCHOTROPIC_SUBSTANCES'] }, {
    goods: [
      { category: 'PSYCHOTROPIC_SUBSTANCES', quantity: '1200000', unit: 'NAR' },
      { category: 'PSYCHOTROPIC_SUBSTANCES', quantity: '38.5', unit: 'KGM' },
    ],
    route: { origin: 'MM', destination: 'CN' },
    concealment: { method: 'FALSE_FLOOR' },
  }),
  doc('b', { month: '2025-11', gates: ['LA-DTO'], categories: ['PSYCHOTROPIC_SUBSTANCES', 'WILDLIFE_CITES'], source: 'VN' }, {
    goods: [
      { category: 'PSYCHOTROPIC_SUBSTANCES', quantity: '0.1', unit: 'KGM' },
      { category: 'WILDLIFE_CITES', quantity: '0.2', unit: 'KGM' },
    ],
    route: null,
    concealment: null,
  }),
];

describe('groupSeizures', () => {
  it('counts seizures and sums quantities per unit, exactly', () => {
    expect(groupSeizures(docs, 'month')).toEqual([
      { key: '2025-10', count: 1, quantities: [{ unit: 'KGM', total: '38.5' }, { unit: 'NAR', total: '1200000' }] },
      { key: '2025-11', count: 1, quantities: [{ unit: 'KGM', total: '0.3' }] },
    ]);
  });

  it('counts only the goods of a category towards that category', () => {
    expect(groupSeizures(docs, 'category')).toEqual([
      { key: 'PSYCHOTROPIC_SUBSTANCES', count: 2, quantities: [{ unit: 'KGM', total: '38.6' }, { unit: 'NAR', total: '1200000' }] },
      { key: 'WILDLIFE_CITES', count: 1, quantities: [{ unit: 'KGM', total: '0.2' }] },
    ]);
  });

  it('groups by route, concealment, gate and source, with UNKNOWN for what is missing', () => {
    expect(groupSeizures(docs, 'route').map((g) => g.key)).toEqual(['MM→CN', 'UNKNOWN→UNKNOWN']);
    expect(groupSeizures(docs, 'concealment').map((g) => g.key)).toEqual(['FALSE_FLOOR', 'UNKNOWN']);
    expect(groupSeizures(docs, 'gate').map((g) => g.key)).toEqual(['LA-BTN', 'LA-DTO']);
    expect(groupSeizures(docs, 'source').map((g) => [g.key, g.count])).toEqual([['LA', 1], ['VN', 1]]);
  });
});

describe('trend filters', () => {
  const seizure = (content: Record<string, unknown> = {}): ViewDocument =>
    ({ _id: 'x', recordId: 'x', revision: 1, source: 'LA', status: 'ACTIVE', issuedAt: 0, handlingCode: 'H1', gates: ['LA-BTN'], categories: ['TOBACCO'], record: { meta: {}, route: { origin: 'MM', destination: 'CN' }, direction: 'EXPORT', ...content } }) as unknown as ViewDocument;

  it('every filter given must hold: gates (any of), category, route, source, direction', () => {
    const doc = seizure();
    expect(passesFilters(doc, {})).toBe(true);
    expect(passesFilters(doc, { gates: ['CN-MHN', 'LA-BTN'], category: 'TOBACCO', route: 'MM→CN', source: 'LA', direction: 'EXPORT' })).toBe(true);
    expect(passesFilters(doc, { gates: ['CN-MHN'] })).toBe(false);
    expect(passesFilters(doc, { category: 'TIMBER' })).toBe(false);
    expect(passesFilters(doc, { route: 'MM→VN' })).toBe(false);
    expect(passesFilters(doc, { source: 'VN' })).toBe(false);
    expect(passesFilters(doc, { direction: 'IMPORT' })).toBe(false);
    expect(passesFilters(seizure({ route: null, direction: null }), { route: 'UNKNOWN→UNKNOWN', direction: 'UNKNOWN' })).toBe(true);
  });

  it('the previous period is the one just before, as long', () => {
    expect(previousPeriod(1_000, 1_600)).toEqual({ from: 400, to: 1_000 });
  });
});
