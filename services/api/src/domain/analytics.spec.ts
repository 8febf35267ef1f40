import type { ViewDocument } from '@bex/view';
import { groupSeizures } from './analytics';

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
