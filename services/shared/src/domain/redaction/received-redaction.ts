// The recipient's half of redaction: a partner's copy must not hold any field its agreement
// removes, whatever the partner's relay did (misconfigured, an older build, or hostile). The check
// reports paths only, never values, so the refusal itself keeps nothing it may not keep.
import type { Agreement } from '../agreement/agreement';
import type { ShareableRecord } from '../agreement/record-shape';
import { parsePath, presentPaths } from './path';

export interface RedactionProblems {
  /** Concrete paths (persons[0].fullName) that the agreement removes but that hold a value. */
  unredacted: string[];
  /** Paths meta.redactedPaths says were removed but that hold a value: the copy lies about itself. */
  falseClaims: string[];
}

const CONCRETE_STEP = /^([A-Za-z_][A-Za-z0-9_]*)(?:\[(\d+)\])?$/;

/** The value at a concrete path such as `persons[0].fullName`, or undefined if it leads nowhere. */
function valueAt(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const segment of path.split('.')) {
    const m = CONCRETE_STEP.exec(segment);
    if (!m?.[1] || node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[m[1]];
    if (m[2] !== undefined) node = Array.isArray(node) ? node[Number(m[2])] : undefined;
  }
  return node;
}

export function redactionProblems(record: ShareableRecord, agreement: Agreement): RedactionProblems {
  const unredacted: string[] = [];
  for (const pattern of agreement.removePaths) {
    const parsed = parsePath(pattern);
    // parseAgreement refuses such a path at load; a hand-built one must not let content through.
    if (!parsed.ok) {
      unredacted.push(pattern);
      continue;
    }
    unredacted.push(...presentPaths(record, parsed.steps));
  }
  const claimed = record.meta.redactedPaths ?? [];
  const falseClaims = claimed.filter((path) => {
    const value = valueAt(record, path);
    return value !== null && value !== undefined;
  });
  return { unredacted, falseClaims };
}
