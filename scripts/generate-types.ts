// Bundles schemas/avro into a new committed version of each record whose sources changed, and
// regenerates schemas/src/generated/types.ts from the latest versions. Run: npm run generate -w @bex/schemas
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { checkFullTransitive } from '../schemas/src/compat/check-compatibility';
import { GENERATED_TYPES_FILE, planGeneration } from '../schemas/src/codegen/plan';
import { listVersions, readVersion, writeVersion } from '../schemas/src/versions/store';

const plan = planGeneration();

for (const { recordName, version, schema } of plan.newVersions) {
  // Refuse before writing: a committed version is immutable, so a breaking one must never land.
  const history = listVersions(recordName).map((v) => ({ version: v, schema: readVersion(recordName, v) }));
  const problems = checkFullTransitive([...history, { version, schema }]);
  if (problems.length > 0) {
    console.error(`${recordName} v${version} is not FULL_TRANSITIVE compatible:`);
    for (const p of problems) console.error(`  ${p.message}`);
    process.exit(1);
  }
  console.log(`wrote ${relative(process.cwd(), writeVersion(recordName, version, schema))}`);
}

if (plan.typesChanged) {
  writeFileSync(GENERATED_TYPES_FILE, plan.typesText);
  console.log(`wrote ${relative(process.cwd(), GENERATED_TYPES_FILE)}`);
}
if (plan.newVersions.length === 0 && !plan.typesChanged) console.log('schemas and generated types are up to date');
