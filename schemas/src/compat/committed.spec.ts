// The CI gate: every committed version of every record against every earlier one, both ways.
import { RECORD_NAMES } from '../records';
import { listVersions } from '../versions/store';
import { checkCommittedVersions } from './check-committed';

describe('committed schema versions', () => {
  it('are FULL_TRANSITIVE compatible within each record', () => {
    expect(checkCommittedVersions()).toEqual([]);
  });

  it.each(RECORD_NAMES)('of %s are numbered 1..N without gaps', (name) => {
    const versions = listVersions(name);
    expect(versions.length).toBeGreaterThan(0);
    expect(versions).toEqual(versions.map((_, i) => i + 1));
  });
});
