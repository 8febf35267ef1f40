// Reads deploy/agreements/*.json. All checking lives in parseAgreement; this only does the I/O and
// refuses to start with any error, since a half-loaded set would share under the wrong rules.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../errors/app-error';
import type { Agreement } from '../../domain/agreement/agreement';
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
    if (parsed.ok) agreements.push(parsed.agreement);
    else errors.push(...parsed.errors);
  }
  errors.push(...checkAgreementSet(agreements));
  if (errors.length > 0) {
    throw new AppError('agreements-invalid', `sharing agreements in ${dir} are invalid:\n  ${errors.join('\n  ')}`);
  }
  return agreements;
}
