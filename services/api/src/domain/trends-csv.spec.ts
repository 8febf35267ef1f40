import { trendsCsv } from './trends-csv';

describe('trends as CSV', () => {
  it('one row per period, group and unit; a group without quantities is one row; cells quoted and defused where needed', () => {
    const csv = trendsCsv({
      groupBy: 'route',
      from: '2026-01-01T00:00:00.000Z',
      to: '2026-07-01T00:00:00.000Z',
      groups: [
        { key: 'MM→CN', count: 3, quantities: [{ unit: 'KGM', total: '24.5' }, { unit: 'NAR', total: '1200' }] },
        { key: '=HYPERLINK("x")', count: 1, quantities: [] },
      ],
      previous: { from: '2025-07-01T00:00:00.000Z', to: '2026-01-01T00:00:00.000Z', groups: [{ key: 'MM→CN', count: 1, quantities: [{ unit: 'KGM', total: '2' }] }] },
    });
    expect(csv.split('\r\n')).toEqual([
      'period,from,to,groupBy,key,count,unit,total',
      'current,2026-01-01T00:00:00.000Z,2026-07-01T00:00:00.000Z,route,MM→CN,3,KGM,24.5',
      'current,2026-01-01T00:00:00.000Z,2026-07-01T00:00:00.000Z,route,MM→CN,3,NAR,1200',
      `current,2026-01-01T00:00:00.000Z,2026-07-01T00:00:00.000Z,route,"'=HYPERLINK(""x"")",1,,`,
      'previous,2025-07-01T00:00:00.000Z,2026-01-01T00:00:00.000Z,route,MM→CN,1,KGM,2',
      '',
    ]);
  });
});
