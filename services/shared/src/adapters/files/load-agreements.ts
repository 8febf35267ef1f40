// Reads deploy/agreements/*.json. All checking lives in the domain; this only does the I/O, supplies
// the committed contracts that removePaths must name fields of, and refuses to start with any
// error, since a half-loaded set would share under the wrong rules.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { avroType } from '@bex/schemas';
import { AppError } from '../../errors/app-error';
import type { Agreement } from '../../domain/agreement/agreement';
import { checkRemovePaths } from '../../domain/agreement/check-remove-paths';
import { checkAgreementSet, parseAgreement } from '../../domain/agreement/parse-agreement';

export function loadAgreements(dir: string): Agreement[] {
  const agreements: Agreement[] = [];
  const errors: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (err) {
      errors.push(`${file}: not valid JSON (${(err as Error).message})`);
      continue;
    }
    const parsed = parseAgreement(json, file);
    if (!parsed.ok) {
      errors.push(...parsed.errors);
      continue;
    }
    agreements.push(parsed.agreement);
    errors.push(...checkRemovePaths(parsed.agreement, avroType));
  }
  errors.push(...checkAgreementSet(agreements));
  if (errors.length > 0) {
    throw new AppError('agreements-invalid', `sharing agreements in ${dir} are invalid:\n  ${errors.join('\n  ')}`);
  }
  return agreements;
}
