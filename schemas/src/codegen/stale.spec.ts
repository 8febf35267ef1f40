// Fails when someone edits schemas/avro without running `npm run generate -w @bex/schemas`, or
// edits a committed version or the generated types by hand.
import { planGeneration } from './plan';

describe('committed schemas and generated types', () => {
  const plan = planGeneration();

  it('hold a version for the current sources of every record', () => {
    expect(plan.newVersions.map((v) => `${v.recordName} v${v.version}`)).toEqual([]);
  });

  it('have generated types equal to what the latest versions produce', () => {
    expect(plan.typesChanged).toBe(false);
  });
});
