// UN/ECE Recommendation 20 unit codes that customs enforcement uses. The full list has some two
// thousand units of science and engineering; a seizure is counted, weighed or measured, so a
// shorter list catches typos (KG, LT) without refusing a real quantity.
export const REC20_UNITS: Readonly<Record<string, string>> = {
  KGM: 'kilogram',
  GRM: 'gram',
  MGM: 'milligram',
  TNE: 'tonne (metric ton)',
  LBR: 'pound',
  ONZ: 'ounce',
  CTM: 'metric carat',
  LTR: 'litre',
  MLT: 'millilitre',
  HLT: 'hectolitre',
  LPA: 'litre of pure alcohol',
  GLL: 'gallon (US)',
  MTQ: 'cubic metre',
  MTK: 'square metre',
  MTR: 'metre',
  CMT: 'centimetre',
  MMT: 'millimetre',
  KMT: 'kilometre',
  NAR: 'number of articles',
  PCE: 'piece',
  H87: 'piece',
  C62: 'one',
  PR: 'pair',
  NPR: 'number of pairs',
  DZN: 'dozen',
  DPC: 'dozen piece',
  DPR: 'dozen pair',
  SET: 'set',
  CEN: 'hundred',
  MIL: 'thousand',
  GRO: 'gross',
  KWH: 'kilowatt hour',
  KNI: 'kilogram of nitrogen',
  KPO: 'kilogram of potassium oxide',
  GFI: 'gram of fissile isotopes',
};

export function isUnitCode(value: string): boolean {
  return Object.hasOwn(REC20_UNITS, value);
}
