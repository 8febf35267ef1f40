export interface FieldError {
  /** Where the problem is, e.g. `goods[0].hsCode` or `meta.recordId`; '' for the record itself. */
  path: string;
  message: string;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Appends one step to a path: `[3]` for array positions, `.name` for fields, `["zh-Hans"]` for odd map keys. */
export function childPath(parent: string, step: string | number): string {
  if (typeof step === 'number') return `${parent}[${step}]`;
  if (!IDENTIFIER.test(step)) return `${parent}[${JSON.stringify(step)}]`;
  return parent === '' ? step : `${parent}.${step}`;
}

/**
 * A field's place as a chain of steps, cheap to extend on every field a walk visits and rendered to
 * a path string only when an error names it.
 */
export type FieldSteps = { readonly up: FieldSteps; readonly step: string | number } | null;

export const stepInto = (up: FieldSteps, step: string | number): FieldSteps => ({ up, step });

export function renderSteps(steps: FieldSteps, base = ''): string {
  const chain: Array<string | number> = [];
  for (let at = steps; at !== null; at = at.up) chain.push(at.step);
  return chain.reduceRight<string>((path, step) => childPath(path, step), base);
}
