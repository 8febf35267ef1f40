import fc from 'fast-check';
import { botenClosure, botenSeizure, dakTaOocHit, truckAlert } from '../samples';
import { validateRecord } from './validate-record';

// Tests break values on purpose, past what the generated types allow, so the copy is untyped.
function broken(value: unknown, edit: (copy: any) => void): unknown {
  const copy: unknown = structuredClone(value);
  edit(copy);
  return copy;
}

describe('validateRecord', () => {
  it('reports every failing path at once, type errors and code checks together', () => {
    const value = broken(botenSeizure, (s) => {
      s.meta.recordId = 42;
      s.meta.revision = 0;
      s.goods[0].hsCode = '2939.71';
      s.goods[1].unit = 'KG';
      s.goods[1].quantity = '38.5000';
      s.goods[1].currency = 'USDT';
      s.location.latitude = 91;
      s.location.longitude = -181;
      s.transportMode = '3 road';
      s.persons[1].nationality = 'cn';
      s.narrative['zh-Hans'] = '…';
      s.direction = 'OUTBOUND';
    });
    expect(validateRecord('SeizureCase', value).map((e) => e.path).sort()).toEqual([
      'direction', 'goods[0].hsCode', 'goods[1].currency', 'goods[1].quantity', 'goods[1].unit', 'location.latitude',
      'location.longitude', 'meta.recordId', 'meta.revision', 'narrative["zh-Hans"]', 'persons[1].nationality', 'transportMode',
    ]);
  });

  it('says what is wrong in words a submitter can act on', () => {
    const value = broken(truckAlert, (a) => { a.priority = 'HIGH'; delete a.meta.source; a.vehicle.plate = 4312345; });
    expect(validateRecord('VehicleRiskAlert', value)).toEqual([
      { path: 'meta.source', message: 'is required' },
      { path: 'vehicle.plate', message: 'must be null or a string' },
      { path: 'priority', message: 'must be one of ROUTINE, URGENT' },
    ]);
  });

  it('checks that validity and effect periods end after they start', () => {
    const alert = broken(truckAlert, (a) => { a.validUntil = a.validFrom; });
    const policy = broken(botenClosure, (p) => { p.effectiveUntil = p.effectiveFrom - 1; });
    expect(validateRecord('VehicleRiskAlert', alert)).toEqual([{ path: 'validUntil', message: 'must be after validFrom' }]);
    expect(validateRecord('PolicyChange', policy)).toEqual([{ path: 'effectiveUntil', message: 'must be after effectiveFrom' }]);
  });

  it('names a map key that cannot be a stored field name by its map alone, and no other check repeats it', () => {
    const value = broken(botenSeizure, (s) => { s.narrative = { 'zh.Hans': '…', $where: '…' }; });
    expect(validateRecord('SeizureCase', value)).toEqual([
      { path: 'narrative', message: 'has a key containing a dot' },
      { path: 'narrative', message: 'has a key starting with $' },
    ]);
  });

  it('names fields the schema does not have', () => {
    const value = broken(dakTaOocHit, (h) => { h.location.gate = 'LA-DTO'; });
    expect(validateRecord('AlertHit', value)).toEqual([{ path: 'location.gate', message: 'is not a field of Location' }]);
  });

  it('requires the substance of a live record but accepts a withdrawal tombstone', () => {
    const tombstone = {
      meta: { ...structuredClone(botenSeizure.meta), revision: 2, status: 'WITHDRAWN' },
      goods: [], persons: [], companies: [], media: [],
    };
    expect(validateRecord('SeizureCase', tombstone)).toEqual([]);
    const live = { ...tombstone, meta: { ...tombstone.meta, status: 'AMENDED' } };
    expect(validateRecord('SeizureCase', live).map((e) => e.path)).toEqual(['seizedAt', 'location', 'goods']);
  });

  it('excuses a required field that the agreement removed', () => {
    const value = broken(dakTaOocHit, (h) => { h.location = null; h.meta.redactedPaths = ['location']; });
    expect(validateRecord('AlertHit', value)).toEqual([]);
  });

  it('holds the status to what the record type allows', () => {
    const value = broken(botenSeizure, (s) => { s.meta.status = 'SUSPENDED'; });
    expect(validateRecord('SeizureCase', value)).toEqual([
      { path: 'meta.status', message: 'must be one of ACTIVE, AMENDED, WITHDRAWN for SeizureCase' },
    ]);
  });

  it('checks the record type in meta against the record validated', () => {
    expect(validateRecord('AlertHit', broken(dakTaOocHit, (h) => { h.meta.recordType = 'SeizureCase'; })))
      .toEqual([{ path: 'meta.recordType', message: 'must be AlertHit' }]);
  });

  it('refuses an unknown record type and a value that is not an object', () => {
    expect(validateRecord('Parcel', {})).toEqual([{ path: '', message: 'unknown record type Parcel' }]);
    expect(validateRecord('PolicyChange', 'x')).toEqual([{ path: '', message: 'must be an object' }]);
  });

  it('accepts every HS code of 6, 8 or 10 digits and refuses other shapes', () => {
    const digits = (n: number) => fc.stringMatching(new RegExp(`^(0[1-9]|[1-8][0-9]|9[0-7])[0-9]{${n - 2}}$`));
    const good = fc.oneof(digits(6), digits(8), digits(10));
    const bad = fc.oneof(digits(4), digits(7), digits(9), digits(12), good.map((c) => `${c.slice(0, 4)}.${c.slice(4)}`));
    const withCode = (code: string) => broken(botenSeizure, (s) => { s.goods[0].hsCode = code; });
    fc.assert(fc.property(good, (code) => validateRecord('SeizureCase', withCode(code)).length === 0));
    fc.assert(fc.property(bad, (code) => validateRecord('SeizureCase', withCode(code))[0]?.path === 'goods[0].hsCode'));
  });

  it('accepts decimals up to the documented scale and nothing like a float', () => {
    const ok = ['0', '12', '12.5', '12.50', '12.500', '1200000'];
    const notOk = ['12.5001', '-1', '1e3', '12.', '.5', '012', '12,5', ' 12'];
    const at = (q: string) => validateRecord('SeizureCase', broken(botenSeizure, (s) => { s.goods[0].quantity = q; }));
    for (const q of ok) expect(at(q)).toEqual([]);
    for (const q of notOk) expect(at(q).map((e) => e.path)).toEqual(['goods[0].quantity']);
  });
});
