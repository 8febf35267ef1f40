// A regular expression source for the whole numbers from `low` to `high` written with the same
// number of digits (1900 to 2200), so a pattern can state a range that constants define.

const digits = (from: number, to: number): string => (from === to ? String(from) : `[${from}-${to}]`);
const anyDigits = (n: number): string => (n === 0 ? '' : n === 1 ? '[0-9]' : `[0-9]{${n}}`);

export function digitRange(low: string, high: string): string {
  if (low.length !== high.length || !/^[0-9]*$/.test(low + high) || low > high) throw new Error(`not a range of equal-width numbers: ${low}..${high}`);
  if (low.length === 0) return '';
  const [lowHead, highHead] = [Number(low[0]), Number(high[0])];
  const rest = low.length - 1;
  if (lowHead === highHead) return `${lowHead}${digitRange(low.slice(1), high.slice(1))}`;
  if (/^0*$/.test(low.slice(1)) && /^9*$/.test(high.slice(1))) return `${digits(lowHead, highHead)}${anyDigits(rest)}`;
  const parts = [`${lowHead}${digitRange(low.slice(1), '9'.repeat(rest))}`];
  if (highHead - lowHead > 1) parts.push(`${digits(lowHead + 1, highHead - 1)}${anyDigits(rest)}`);
  parts.push(`${highHead}${digitRange('0'.repeat(rest), high.slice(1))}`);
  return `(${parts.join('|')})`;
}
