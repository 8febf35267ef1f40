import { nextVersion } from './next-version';

const v1 = { type: 'record', name: 'R', fields: [] };

describe('nextVersion', () => {
  it('starts at 1', () => expect(nextVersion(undefined, v1)).toBe(1));
  it('makes no version when the bundle equals the latest', () => {
    expect(nextVersion({ version: 4, schema: v1 }, { ...v1 })).toBeNull();
  });
  it('makes the next version for any change, docs included', () => {
    expect(nextVersion({ version: 4, schema: v1 }, { ...v1, doc: 'now documented' })).toBe(5);
  });
});
