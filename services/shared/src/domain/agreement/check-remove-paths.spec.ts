import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { avroType } from '@bex/schemas';
import type { Agreement } from './agreement';
import { checkRemovePaths } from './check-remove-paths';
import { parseAgreement } from './parse-agreement';

const DIR = resolve(__dirname, '../../../../../deploy/agreements');

const laToCn: Agreement = {
  source: 'LA',
  recipient: 'CN',
  recordTypes: ['SeizureCase', 'PolicyChange'],
  maxHandlingCode: 'H1',
  removePaths: [],
  validFrom: new Date('2025-01-01T00:00:00Z'),
  validUntil: new Date('2030-01-01T00:00:00Z'),
  legalBasis: 'test',
  file: 'la-to-cn.json',
};

const errorsFor = (...removePaths: string[]): string[] => checkRemovePaths({ ...laToCn, removePaths }, avroType);

describe('checkRemovePaths', () => {
  it('accepts every committed agreement', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const parsed = parseAgreement(JSON.parse(readFileSync(join(DIR, file), 'utf8')), file);
      if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
      expect(checkRemovePaths(parsed.agreement, avroType)).toEqual([]);
    }
  });

  it('accepts nested, nullable-record and whole nullable-array paths', () => {
    expect(errorsFor('persons[].identityDocument.number', 'conveyance.vin', 'narrative', 'persons')).toEqual([]);
  });

  it('accepts a path that fits one covered type only', () => {
    expect(errorsFor('legalReference', 'caseReference')).toEqual([]);
  });

  it('refuses a misspelt field, naming file, index and path', () => {
    expect(errorsFor('narrative', 'persons[].fulName')).toEqual([
      'la-to-cn.json: removePaths[1]: "persons[].fulName" names no field of SeizureCase, PolicyChange (the record types this agreement covers)',
    ]);
  });

  it('refuses a field of a type the agreement does not cover', () => {
    expect(errorsFor('vehicle.vin')).toEqual([
      'la-to-cn.json: removePaths[0]: "vehicle.vin" names no field of SeizureCase, PolicyChange (the record types this agreement covers)',
    ]);
  });

  it('refuses a last field that cannot hold null', () => {
    expect(errorsFor('goods[].category')).toEqual([
      'la-to-cn.json: removePaths[0]: "goods[].category" cannot be removed: SeizureCase.goods[].category is not nullable',
    ]);
    expect(errorsFor('route.transit')).toEqual([
      'la-to-cn.json: removePaths[0]: "route.transit" cannot be removed: SeizureCase.route.transit is not nullable',
    ]);
  });

  it('refuses [] on what is not an array', () => {
    expect(errorsFor('conveyance[].vin')).toEqual([
      'la-to-cn.json: removePaths[0]: "conveyance[].vin" cannot be removed: SeizureCase.conveyance is not an array, drop the []',
    ]);
  });

  it('refuses an array stepped into without []', () => {
    expect(errorsFor('persons.fullName')).toEqual([
      'la-to-cn.json: removePaths[0]: "persons.fullName" cannot be removed: SeizureCase.persons is an array, write persons[]',
    ]);
  });

  it('refuses a step into what has no fields', () => {
    expect(errorsFor('caseReference.text', 'route.transit[].code')).toEqual([
      'la-to-cn.json: removePaths[0]: "caseReference.text" cannot be removed: SeizureCase.caseReference is of type string, not a record',
      'la-to-cn.json: removePaths[1]: "route.transit[].code" cannot be removed: SeizureCase.route.transit[] is of type string, not a record',
    ]);
  });

  it('reports every bad path, and a path parseAgreement would refuse', () => {
    expect(errorsFor('persons[].fulName', 'narrative', 'goods[]', 'companies[].nme')).toEqual([
      expect.stringMatching(/^la-to-cn\.json: removePaths\[0\]: "persons\[\]\.fulName" names no field/),
      'la-to-cn.json: removePaths[2]: "goods[]" must end on a field, not on []',
      expect.stringMatching(/^la-to-cn\.json: removePaths\[3\]: "companies\[\]\.nme" names no field/),
    ]);
  });
});
