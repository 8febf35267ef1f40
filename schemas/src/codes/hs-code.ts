// Harmonized System: 6 digits are international; 8 and 10 digits are national or ASEAN (AHTN)
// extensions. Written without dots so codes compare as strings.
const HS_CODE = /^[0-9]{6}(?:[0-9]{2}){0,2}$/;

export function isHsCode(value: string): boolean {
  return HS_CODE.test(value) && Number(value.slice(0, 2)) >= 1 && Number(value.slice(0, 2)) <= 97;
}
