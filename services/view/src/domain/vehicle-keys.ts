// What identifies a conveyance across gates and authorities: its plates (normalised as plate
// lookups are), its VIN and its container number, each tagged with what it is so that a plate
// never matches a container number that happens to spell the same. Stored on seizures, hits and
// alerts (view-document.ts) so that matching is one indexed read.
import { normalisePlate } from '@bex/shared';

export interface ConveyanceIds {
  plate?: string | null;
  trailerPlate?: string | null;
  vin?: string | null;
  containerNumber?: string | null;
}

const alnum = (s: string): string => s.normalize('NFKC').toUpperCase().replace(/[^A-Z0-9]/g, '');

export function vehicleKeys(c: ConveyanceIds | null | undefined): string[] {
  if (!c) return [];
  const keys = [
    ...[c.plate, c.trailerPlate].filter((p): p is string => !!p).map((p) => `plate:${normalisePlate(p)}`),
    ...(c.vin ? [`vin:${alnum(c.vin)}`] : []),
    ...(c.containerNumber ? [`container:${alnum(c.containerNumber)}`] : []),
  ];
  // A key with nothing after its tag would match every other empty one.
  return [...new Set(keys.filter((k) => !k.endsWith(':')))];
}
