// The path language of `removePaths`: field names joined by dots, `[]` after a name meaning every
// element of that array (`persons[].fullName`). A path must end on a field, because removal sets
// that field to null and only fields (not array elements) are nullable in the schemas. `meta` is
// off limits: without it the recipient could not route, verify or order the record.
export interface PathStep {
  field: string;
  each: boolean;
}

export type ParsedPath = { ok: true; steps: PathStep[] } | { ok: false; error: string };

const SEGMENT = /^([A-Za-z_][A-Za-z0-9_]*)(\[\])?$/;

export function parsePath(text: string): ParsedPath {
  if (text === '') return { ok: false, error: 'is empty' };
  const steps: PathStep[] = [];
  for (const segment of text.split('.')) {
    const match = SEGMENT.exec(segment);
    if (!match?.[1]) return { ok: false, error: `"${segment}" is not a field name, optionally followed by []` };
    steps.push({ field: match[1], each: match[2] !== undefined });
  }
  if (steps[0]?.field === 'meta') return { ok: false, error: 'meta cannot be removed' };
  if (steps[steps.length - 1]?.each) return { ok: false, error: 'must end on a field, not on []' };
  return { ok: true, steps };
}

/**
 * A record or nested record to walk into: plain objects, and the instances avsc decodes records
 * into (whose prototype is a generated class, so a plain-object test would walk past every field
 * of a received record and find nothing to refuse). Bytes, dates and arrays are values, not records.
 */
function isRecordLike(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !ArrayBuffer.isView(value) && !(value instanceof Date);
}

/** Visits every concrete place (`persons[0].fullName`) the path reaches that holds a value. */
export function forEachPresent(
  root: unknown,
  steps: readonly PathStep[],
  visit: (holder: Record<string, unknown>, field: string, concretePath: string) => void,
): void {
  const walk = (node: unknown, i: number, prefix: string): void => {
    const step = steps[i];
    if (step === undefined || !isRecordLike(node) || !Object.hasOwn(node, step.field)) return;
    const child = node[step.field];
    const here = prefix === '' ? step.field : `${prefix}.${step.field}`;
    if (i === steps.length - 1) {
      if (child !== null && child !== undefined) visit(node, step.field, here);
    } else if (!step.each) {
      walk(child, i + 1, here);
    } else if (Array.isArray(child)) {
      child.forEach((element, k) => walk(element, i + 1, `${here}[${k}]`));
    }
  };
  walk(root, 0, '');
}

export function presentPaths(root: unknown, steps: readonly PathStep[]): string[] {
  const found: string[] = [];
  forEachPresent(root, steps, (_holder, _field, path) => found.push(path));
  return found;
}
