import fc from 'fast-check';
import type { JsonObject } from '../bundle/json';
import { isJsonObject, type Json } from '../bundle/json';
import { CONTRACT_NAMES, RECORD_NAMES } from '../records';
import { botenClosure, botenSeizure, dakTaOocHit, truckAlert } from '../samples';
import { loadSchema } from '../versions/load-schema';
import { boundErrors, FINITE_MESSAGE, itemsMessage, lengthMessage, mapKeyProblem, NUL_MESSAGE, TIME_MESSAGE } from './bound-errors';
import { boundOf, codePointLength, EARLIEST_TIME_MS, FIELD_BOUNDS, LATEST_TIME_MS, MAP_KEY_MAX_LENGTH, MAP_KEY_PATTERN } from './bounds';
import { validateRecord } from './validate-record';

// Tests break values on purpose, past what the generated types allow, so the copy is untyped.
function broken(value: unknown, edit: (copy: any) => void): unknown {
  const copy: unknown = structuredClone(value);
  edit(copy);
  return copy;
}

const seizure = loadSchema('SeizureCase');
const alert = loadSchema('VehicleRiskAlert');
const MARK = 'MARK\u2603';

describe('bounds of times', () => {
  it('refuse the signed alert valid until 9e15 that made plate lookups fail, naming the path and the bound', () => {
    const value = broken(truckAlert, (a) => { a.validUntil = 9e15; });
    expect(validateRecord('VehicleRiskAlert', value)).toEqual([{ path: 'validUntil', message: 'must be a time from 1900-01-01T00:00:00.000Z to 2200-12-31T23:59:59.999Z' }]);
  });

  it('accept every instant from the first of 1900 to the last of 2200, each one a Date that writes as ISO', () => {
    const inside = fc.oneof(fc.constantFrom(EARLIEST_TIME_MS, LATEST_TIME_MS), fc.integer({ min: EARLIEST_TIME_MS, max: LATEST_TIME_MS }));
    fc.assert(fc.property(inside, (t) => {
      expect(new Date(t).toISOString()).toMatch(/^(19\d\d|2[01]\d\d|2200)-/);
      expect(boundErrors(alert, broken(truckAlert, (a) => { a.validFrom = t; a.meta.issuedAt = t; a.lastSeenAt = t; }))).toEqual([]);
    }));
  });

  it('refuse every other time, wherever it is', () => {
    const outside = fc.oneof(
      fc.constantFrom(EARLIEST_TIME_MS - 1, LATEST_TIME_MS + 1, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, 9e15, -1e17),
      fc.integer({ min: Number.MIN_SAFE_INTEGER, max: EARLIEST_TIME_MS - 1 }),
      fc.integer({ min: LATEST_TIME_MS + 1, max: Number.MAX_SAFE_INTEGER }),
    );
    const fields = fc.constantFrom('meta.issuedAt', 'meta.retainUntil', 'meta.reviewBy', 'seizedAt');
    fc.assert(fc.property(outside, fields, (t, path) => {
      const [first, second] = path.split('.') as [string, string | undefined];
      const value = broken(botenSeizure, (s) => { if (second === undefined) s[first] = t; else s[first][second] = t; });
      expect(boundErrors(seizure, value)).toEqual([{ path, message: TIME_MESSAGE }]);
    }));
  });
});

describe('bounds of strings', () => {
  it('count characters as JSON Schema does: a surrogate pair is one', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary-ascii' })), (s) => codePointLength(s) === [...s].length));
  });

  it('accept a string up to its bound, in any script, and refuse one character more', () => {
    const char = fc.constantFrom('a', 'ກ', '中', '😀', 'ế');
    fc.assert(fc.property(char, fc.constantFrom(['vehicle', 'plate'], ['vehicle', 'make'], ['meta', 'issuingOffice']), (c, [holder, field]) => {
      const owner = holder === 'meta' ? 'RecordMeta' : 'Conveyance';
      const max = boundOf(owner, field!).maxLength;
      const at = (n: number) => boundErrors(alert, broken(truckAlert, (a) => { a[holder!][field!] = c.repeat(n); }));
      expect(at(max)).toEqual([]);
      expect(at(max + 1)).toEqual([{ path: `${holder}.${field}`, message: lengthMessage(max) }]);
    }));
  });

  it('bound each text of a map and each string of an array by the field\'s bound', () => {
    const text = boundOf('SeizureCase', 'narrative').maxLength;
    const value = broken(botenSeizure, (s) => { s.narrative = { en: 'x'.repeat(text + 1), lo: 'ກ'.repeat(text) }; s.route.transit = ['TH', `${MARK}`.repeat(100)]; });
    expect(boundErrors(seizure, value)).toEqual([
      { path: 'route.transit[1]', message: lengthMessage(boundOf('Route', 'transit').maxLength) },
      { path: 'narrative.en', message: lengthMessage(text) },
    ]);
  });

  it('refuse NUL in strings that are keys (plates, refs, offices), not in free text', () => {
    const value = broken(botenSeizure, (s) => { s.conveyance.plate = 'ກ\u00001'; s.persons[0].ref = '\u0000'; s.narrative.en = 'a\u0000b'; });
    expect(boundErrors(seizure, value)).toEqual([{ path: 'conveyance.plate', message: NUL_MESSAGE }, { path: 'persons[0].ref', message: NUL_MESSAGE }]);
  });
});

describe('bounds of arrays and maps', () => {
  it('accept an array up to its bound and refuse it whole past it', () => {
    const max = boundOf('SeizureCase', 'goods').maxItems;
    const withGoods = (n: number) => broken(botenSeizure, (s) => { s.goods = Array.from({ length: n }, (_, i) => ({ ...s.goods[0], quantity: `${MARK}${i}` })); });
    expect(boundErrors(seizure, withGoods(max)).filter((e) => e.path === 'goods')).toEqual([]);
    expect(boundErrors(seizure, withGoods(max + 1))).toEqual([{ path: 'goods', message: itemsMessage(max) }]);
    const gates = boundOf('VehicleRiskAlert', 'targetGates').maxItems;
    expect(boundErrors(alert, broken(truckAlert, (a) => { a.targetGates = Array(gates + 1).fill('LA-BTN'); }))).toEqual([{ path: 'targetGates', message: itemsMessage(gates) }]);
  });

  it('refuse map keys a stored document cannot hold, naming the map and never the key', () => {
    const badKey = fc.oneof(
      fc.constant(''),
      fc.string().map((s) => `$${MARK}${s}`),
      fc.tuple(fc.string(), fc.string()).map(([a, b]) => `${a}${MARK}.${b}`),
      fc.tuple(fc.string(), fc.string()).map(([a, b]) => `${a}\u0000${MARK}${b}`),
      fc.string({ minLength: MAP_KEY_MAX_LENGTH, maxLength: 300, unit: 'grapheme' }).map((s) => `${MARK}${s}`).filter((s) => codePointLength(s) > MAP_KEY_MAX_LENGTH),
    );
    fc.assert(fc.property(badKey, (key) => {
      const errors = boundErrors(seizure, broken(botenSeizure, (s) => { s.narrative = { [key]: MARK }; }));
      expect(errors.map((e) => e.path)).toEqual(['narrative']);
      expect(errors.filter((e) => e.message.includes('MARK'))).toEqual([]);
      expect(mapKeyProblem(key)).not.toBeNull();
      expect(MAP_KEY_PATTERN.test(key) && codePointLength(key) <= MAP_KEY_MAX_LENGTH).toBe(false);
    }));
  });

  it('accept every key the stated pattern and length allow', () => {
    const key = fc.stringMatching(MAP_KEY_PATTERN).filter((k) => codePointLength(k) <= MAP_KEY_MAX_LENGTH);
    fc.assert(fc.property(key, (k) => mapKeyProblem(k) === null));
  });

  it('bound the entries of a map', () => {
    const schema: JsonObject = { type: 'record', name: 'T', fields: [{ name: 'm', type: { type: 'map', values: 'string' } }] };
    const entries = (n: number) => ({ m: Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 'v'])) });
    expect(boundErrors(schema, entries(16))).toEqual([]);
    expect(boundErrors(schema, entries(17))).toEqual([{ path: 'm', message: 'must hold at most 16 entries' }]);
  });
});

describe('numbers', () => {
  it('are finite', () => {
    const schema: JsonObject = { type: 'record', name: 'T', fields: [{ name: 'x', type: ['null', 'double'], default: null }, { name: 'y', type: 'float' }] };
    expect(boundErrors(schema, { x: Number.NaN, y: Number.POSITIVE_INFINITY })).toEqual([{ path: 'x', message: FINITE_MESSAGE }, { path: 'y', message: FINITE_MESSAGE }]);
    expect(boundErrors(schema, { x: null, y: -1.5e300 })).toEqual([]);
  });
});

describe('the bounds table', () => {
  it('names only fields the contracts have, so no bound is silently dropped', () => {
    const fields = new Set<string>();
    const collect = (node: Json): void => {
      if (Array.isArray(node)) node.forEach(collect);
      if (!isJsonObject(node)) return;
      if (Array.isArray(node.fields)) {
        const owner = String(node.name).slice(String(node.name).lastIndexOf('.') + 1);
        for (const f of node.fields.filter(isJsonObject)) fields.add(`${owner}.${String(f.name)}`);
      }
      Object.values(node).forEach(collect);
    };
    CONTRACT_NAMES.forEach((name) => collect(loadSchema(name)));
    expect(Object.keys(FIELD_BOUNDS).filter((k) => !fields.has(k))).toEqual([]);
  });

  it('leaves every sample valid', () => {
    const samples = [['SeizureCase', botenSeizure], ['VehicleRiskAlert', truckAlert], ['AlertHit', dakTaOocHit], ['PolicyChange', botenClosure]] as const;
    for (const [name, value] of samples) expect([name, boundErrors(loadSchema(name), value)]).toEqual([name, []]);
    expect(RECORD_NAMES.length).toBe(samples.length);
  });

  it('never echoes a value in a message', () => {
    const value = broken(botenSeizure, (s) => {
      s.caseReference = MARK.repeat(50);
      s.conveyance.plate = `${MARK}\u0000`;
      s.location.name = MARK.repeat(100);
      s.narrative = { en: MARK.repeat(3000), [`${MARK}.`]: MARK };
      s.seizedAt = 9e15;
    });
    const errors = boundErrors(seizure, value);
    expect(errors.length).toBe(6);
    expect(errors.filter((e) => e.message.includes('MARK') || e.path.includes('MARK'))).toEqual([]);
  });
});
