// A comparison of one BEX figure with a reference measured in the same run: the ratio says how
// far BEX is from what the parts allow (1 = as fast; 0.25 = a quarter of the reference).
export interface Comparison {
  name: string;
  bex: { what: string; perSec: number };
  reference: { what: string; perSec: number };
  /** bex / reference, 3 decimals; null when the reference was not measured or is zero. */
  ratio: number | null;
}

export function ratio(bex: number | null | undefined, reference: number | null | undefined): number | null {
  if (bex === null || bex === undefined || reference === null || reference === undefined) return null;
  if (!Number.isFinite(bex) || !Number.isFinite(reference) || reference <= 0) return null;
  return Number((bex / reference).toFixed(3));
}

export function compare(name: string, bex: { what: string; perSec: number }, reference: { what: string; perSec: number }): Comparison {
  return { name, bex, reference, ratio: ratio(bex.perSec, reference.perSec) };
}
