import { invalidRecordDetail } from './invalid-record';

describe('the detail of a partner record that failed validation', () => {
  it('names paths and rules, never the quoted values, and no control characters', () => {
    const detail = invalidRecordDetail([
      { path: 'validUntil', message: 'must lie between 1900-01-01 and 2200-12-31' },
      { path: 'title.lo\u0000x', message: 'key "Khamphone Secret" is not one of the language tags' },
    ]);
    expect(detail).toBe('validUntil must lie between 1900-01-01 and 2200-12-31; title.lo?x key "…" is not one of the language tags');
    expect(detail).not.toContain('Khamphone');
  });

  it('is bounded however many problems and however long the paths', () => {
    const problems = Array.from({ length: 5000 }, (_, i) => ({ path: `persons[${i}].${'x'.repeat(10_000)}`, message: 'is too long' }));
    const detail = invalidRecordDetail(problems);
    expect(detail.length).toBeLessThan(5000);
    expect(detail).toMatch(/and 4980 more$/);
  });
});
