// Quantities are decimal strings of scale 3 (see GoodsLine.quantity): added as scaled BigInts so
// 0.1 + 0.2 is 0.3 and a million tablets plus a gram loses nothing, as floats would.
const SCALE = 3;
const DECIMAL = /^(\d+)(?:\.(\d{1,3}))?$/;

/** The scaled integer of a decimal string, or undefined for anything that is not one. */
export function parseDecimal(text: string): bigint | undefined {
  const m = DECIMAL.exec(text);
  if (!m) return undefined;
  return BigInt(m[1]!) * 10n ** BigInt(SCALE) + BigInt((m[2] ?? '').padEnd(SCALE, '0'));
}

/** The canonical string of a scaled integer: no trailing zeros after the point, no point for whole numbers. */
export function formatDecimal(scaled: bigint): string {
  const unit = 10n ** BigInt(SCALE);
  const whole = scaled / unit;
  const fraction = (scaled % unit).toString().padStart(SCALE, '0').replace(/0+$/, '');
  return fraction === '' ? whole.toString() : `${whole}.${fraction}`;
}

export function sumDecimals(values: readonly string[]): string {
  return formatDecimal(values.reduce((sum, v) => sum + (parseDecimal(v) ?? 0n), 0n));
}
