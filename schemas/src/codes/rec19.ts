// UN/ECE Recommendation 19, codes for modes of transport (one digit).
export const REC19_TRANSPORT_MODES: Readonly<Record<string, string>> = {
  '0': 'Transport mode not specified',
  '1': 'Maritime transport',
  '2': 'Rail transport',
  '3': 'Road transport',
  '4': 'Air transport',
  '5': 'Mail',
  '6': 'Multimodal transport',
  '7': 'Fixed transport installations',
  '8': 'Inland water transport',
  '9': 'Transport mode not applicable',
};

export function isTransportMode(value: string): boolean {
  return Object.hasOwn(REC19_TRANSPORT_MODES, value);
}
