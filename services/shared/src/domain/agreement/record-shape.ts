// Handling codes, and only the fields the sharing rules read. The full record types are generated from the Avro schemas;
// these stay structural so a generated record fits without a cast, and a value of an unexpected kind
// (an unknown type or handling code) reaches the rules as a string and is refused there.
export const HANDLING_CODES = ['H0', 'H1', 'H2', 'H3'] as const;
export type HandlingCode = (typeof HANDLING_CODES)[number];

/** H3 never leaves its originator, so no agreement may name it. */
export const SHAREABLE_HANDLING_CODES = ['H0', 'H1', 'H2'] as const;
export type ShareableHandlingCode = (typeof SHAREABLE_HANDLING_CODES)[number];

export interface ShareableMeta {
  recordId: string;
  revision: number;
  source: string;
  recipient?: string | null;
  recordType: string;
  handlingCode: string;
  redactedPaths?: string[] | null;
}

export interface ShareableRecord {
  meta: ShareableMeta;
}

/** Rank of a handling code; an unknown code ranks above H3 so that it is never shared. */
export function handlingRank(code: string): number {
  const rank = (HANDLING_CODES as readonly string[]).indexOf(code);
  return rank === -1 ? HANDLING_CODES.length : rank;
}
