// Border crossings: the gates on either side of one road across the border. The people at a
// crossing think in crossings (the Mohan branch must know that Boten, across the line, now admits
// 150 trucks a day), so a gate's policy changes, alerts and trends can be asked for its crossing.
// Data, kept in one place: a new crossing is one line here.

export interface Crossing {
  /** Stable code: the two gates' three-letter parts, in the order of `gates`. */
  code: string;
  name: string;
  /** The gate codes of each side. */
  gates: readonly string[];
}

export const CROSSINGS: readonly Crossing[] = [
  { code: 'BTN-MHN', name: 'Boten–Mohan', gates: ['LA-BTN', 'CN-MHN'] },
  { code: 'DTO-NGI', name: 'Dak Ta Ooc–Nam Giang', gates: ['LA-DTO', 'VN-NGI'] },
  { code: 'DSV-LBO', name: 'Dansavanh–Lao Bao', gates: ['LA-DSV', 'VN-LBO'] },
  { code: 'NPH-CTR', name: 'Nam Phao–Cau Treo', gates: ['LA-NPH', 'VN-CTR'] },
  { code: 'TNL-NKI', name: 'Thanaleng–Nong Khai (First Thai-Lao Friendship Bridge)', gates: ['LA-TNL', 'TH-NKI'] },
];

export const CROSSING_CODE = /^[A-Z]{3}-[A-Z]{3}$/;

export function crossingNamed(code: string): Crossing | undefined {
  return CROSSINGS.find((c) => c.code === code);
}

/** The crossing a gate is one side of; undefined for a gate that is no land crossing (an airport). */
export function crossingOfGate(gate: string): Crossing | undefined {
  return CROSSINGS.find((c) => c.gates.includes(gate));
}

/** The gates across the border from this one, on the same crossing. */
export function otherSides(gate: string): string[] {
  return crossingOfGate(gate)?.gates.filter((g) => g !== gate) ?? [];
}
