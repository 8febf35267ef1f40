import { freeTextPaths, freeTextPathsOf } from './free-text-paths';

const text = { type: 'map', values: 'string', typeAlias: 'TextByLanguage' };

describe('free-text paths of a contract', () => {
  it('finds TextByLanguage fields in nested records, arrays and unions, and in named types used again by name', () => {
    const schema = {
      type: 'record',
      name: 'Thing',
      namespace: 'org.bex.v1',
      fields: [
        { name: 'plain', type: ['null', 'string'] },
        { name: 'note', type: ['null', text] },
        { name: 'first', type: { type: 'record', name: 'Part', fields: [{ name: 'words', type: ['null', text] }, { name: 'code', type: 'string' }] } },
        { name: 'again', type: ['null', 'Part'] },
        { name: 'qualified', type: 'org.bex.v1.Part' },
        { name: 'many', type: { type: 'array', items: 'Part' } },
        { name: 'other', type: { type: 'map', values: 'string' } },
      ],
    };
    expect(freeTextPathsOf(schema)).toEqual(['note', 'first.words', 'again.words', 'qualified.words', 'many[].words']);
  });

  it('reads the committed contracts', () => {
    expect(freeTextPaths('AlertHit')).toEqual(['circumstances']);
    expect(freeTextPaths('VehicleRiskAlert')).toEqual(expect.arrayContaining(['justification', 'riskIndicators[].modusOperandi']));
    expect(freeTextPaths('SeizureCase')).toEqual(expect.arrayContaining(['narrative', 'concealment.text', 'goods[].description']));
  });
});
