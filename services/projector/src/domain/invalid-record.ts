// The detail of a partner record that failed validation: the field paths and what each must be,
// never the values (a refused record may hold personal data this authority must not keep). A
// path can carry a map key the partner chose, so each is cut and stripped of control characters,
// and only the first problems are named, with the count of the rest.
import type { FieldError } from '@bex/schemas';

const MAX_NAMED = 20;
const MAX_PATH_CHARS = 200;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/g;

function printable(text: string): string {
  const clean = text.replace(CONTROL, '?');
  return clean.length > MAX_PATH_CHARS ? `${clean.slice(0, MAX_PATH_CHARS)}…` : clean;
}

export function invalidRecordDetail(problems: readonly FieldError[]): string {
  const named = problems.slice(0, MAX_NAMED).map((p) => `${printable(p.path) || '(record)'} ${printable(p.message.replace(/"[^"]*"/g, '"…"'))}`);
  const rest = problems.length - named.length;
  return `${named.join('; ')}${rest > 0 ? `; and ${rest} more` : ''}`;
}
