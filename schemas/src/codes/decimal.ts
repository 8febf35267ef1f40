// Amounts travel as decimal strings so no partner rounds through a binary float. "Scale N" means
// at most N digits after the point; no sign (quantities and values are never negative), no exponent.
export function decimalError(value: string, scale: number): string | null {
  const match = /^(0|[1-9][0-9]*)(?:\.([0-9]+))?$/.exec(value);
  if (!match) return 'must be a decimal number like 12.5 (digits, optional point, no sign or exponent)';
  const fraction = match[2] ?? '';
  if (fraction.length > scale) return `must have at most ${scale} digits after the point`;
  return null;
}
