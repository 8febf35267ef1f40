import { parsePath, presentPaths } from './path';

function steps(text: string) {
  const parsed = parsePath(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.steps;
}

describe('removal paths', () => {
  it.each([
    ['narrative', [{ field: 'narrative', each: false }]],
    ['conveyance.vin', [{ field: 'conveyance', each: false }, { field: 'vin', each: false }]],
    ['persons[].fullName', [{ field: 'persons', each: true }, { field: 'fullName', each: false }]],
  ])('reads %s', (text, expected) => {
    expect(parsePath(text)).toEqual({ ok: true, steps: expected });
  });

  it.each([
    ['', /empty/],
    ['persons[]', /must end on a field/],
    ['meta.recordId', /meta/],
    ['persons[0].fullName', /not a field name/],
    ['persons..fullName', /not a field name/],
    ['persons[].full-name', /not a field name/],
  ])('refuses "%s"', (text, message) => {
    const parsed = parsePath(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  it('expands [] over every element and skips what is absent or null', () => {
    const record = { persons: [{ fullName: 'A' }, { fullName: null }, {}, { fullName: 'D' }] };
    expect(presentPaths(record, steps('persons[].fullName'))).toEqual(['persons[0].fullName', 'persons[3].fullName']);
  });

  it('finds nothing where the shape does not match the path', () => {
    const record = { persons: { fullName: 'A' }, conveyance: [{ vin: 'X' }], narrative: null };
    expect(presentPaths(record, steps('persons[].fullName'))).toEqual([]);
    expect(presentPaths(record, steps('conveyance.vin'))).toEqual([]);
    expect(presentPaths(record, steps('narrative.en'))).toEqual([]);
  });
});
