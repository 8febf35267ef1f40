// Real gates along the corridors the exchange starts with. Codes are BEX's own scheme (country,
// dash, three letters); coordinates are approximate WGS 84 positions of the control posts.
import type { Location, LocationType } from '../generated/types';

interface Gate {
  name: string;
  country: string;
  locationType: LocationType;
  latitude: number;
  longitude: number;
}

export const GATES = {
  'LA-BTN': { name: 'Boten', country: 'LA', locationType: 'LAND_BORDER_CROSSING', latitude: 21.1847, longitude: 101.6725 },
  'CN-MHN': { name: 'Mohan', country: 'CN', locationType: 'LAND_BORDER_CROSSING', latitude: 21.1930, longitude: 101.6870 },
  'LA-DTO': { name: 'Dak Ta Ooc', country: 'LA', locationType: 'LAND_BORDER_CROSSING', latitude: 15.8640, longitude: 107.3760 },
  'VN-NGI': { name: 'Nam Giang', country: 'VN', locationType: 'LAND_BORDER_CROSSING', latitude: 15.8570, longitude: 107.3860 },
  'LA-DSV': { name: 'Dansavanh', country: 'LA', locationType: 'LAND_BORDER_CROSSING', latitude: 16.6295, longitude: 106.5855 },
  'VN-LBO': { name: 'Lao Bao', country: 'VN', locationType: 'LAND_BORDER_CROSSING', latitude: 16.6190, longitude: 106.5935 },
  'LA-NPH': { name: 'Nam Phao', country: 'LA', locationType: 'LAND_BORDER_CROSSING', latitude: 18.3870, longitude: 105.1290 },
  'VN-CTR': { name: 'Cau Treo', country: 'VN', locationType: 'LAND_BORDER_CROSSING', latitude: 18.3860, longitude: 105.1420 },
  'LA-TNL': { name: 'Thanaleng (First Thai-Lao Friendship Bridge)', country: 'LA', locationType: 'LAND_BORDER_CROSSING', latitude: 17.8830, longitude: 102.7180 },
  'TH-NKI': { name: 'Nong Khai (First Thai-Lao Friendship Bridge)', country: 'TH', locationType: 'LAND_BORDER_CROSSING', latitude: 17.8760, longitude: 102.7110 },
  'LA-WTY': { name: 'Wattay International Airport', country: 'LA', locationType: 'AIRPORT', latitude: 17.9883, longitude: 102.5633 },
} as const satisfies Record<string, Gate>;

export type GateCode = keyof typeof GATES;

export function gateLocation(code: GateCode): Location {
  const gate: Gate = GATES[code];
  return { gateCode: code, ...gate };
}

/** Indochina Time (UTC+7), the local time of LA, VN, TH and KH gates, as epoch milliseconds. */
export function ict(year: number, month: number, day: number, hour = 0, minute = 0): number {
  return Date.UTC(year, month - 1, day, hour - 7, minute);
}
