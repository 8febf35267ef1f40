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
