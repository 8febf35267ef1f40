import { ISO_3166_ALPHA2, ISO_4217, REC19_TRANSPORT_MODES, REC20_UNITS, isCountryCode, isCurrencyCode, isHsCode, isLanguage } from '.';

describe('code lists', () => {
  it('hold every ISO 3166-1 alpha-2 code and only well-formed ones', () => {
    expect(ISO_3166_ALPHA2.size).toBe(249);
    for (const code of ISO_3166_ALPHA2) expect(code).toMatch(/^[A-Z]{2}$/);
    for (const member of ['LA', 'VN', 'CN', 'TH', 'KH', 'MM']) expect(isCountryCode(member)).toBe(true);
    for (const notAssigned of ['UK', 'EU', 'XK', 'la']) expect(isCountryCode(notAssigned)).toBe(false);
  });

  it('hold the currencies of the region and no withdrawn ones', () => {
    for (const code of ISO_4217) expect(code).toMatch(/^[A-Z]{3}$/);
    for (const code of ['LAK', 'VND', 'CNY', 'THB', 'KHR', 'MMK', 'USD', 'EUR']) expect(isCurrencyCode(code)).toBe(true);
    for (const withdrawn of ['HRK', 'ZWL', 'SLL', 'RMB']) expect(isCurrencyCode(withdrawn)).toBe(false);
  });

  it('hold all ten Rec. 19 modes and the Rec. 20 units seizures use', () => {
    expect(Object.keys(REC19_TRANSPORT_MODES)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    for (const unit of ['KGM', 'GRM', 'TNE', 'LTR', 'MTQ', 'NAR', 'PCE']) expect(REC20_UNITS).toHaveProperty(unit);
  });

  it('take HS codes as 6, 8 or 10 digits of a real chapter', () => {
    expect(['293971', '29397100', '2939710000'].map(isHsCode)).toEqual([true, true, true]);
    expect(['2939.71', '29397', '9999999', '000000', '980000'].map(isHsCode)).toEqual([false, false, false, false, false]);
  });

  it('take only the six languages of the exchange', () => {
    expect(['lo', 'vi', 'zh', 'th', 'km', 'en'].every(isLanguage)).toBe(true);
    expect(['fr', 'zh-Hans', 'LO', 'lao'].some(isLanguage)).toBe(false);
  });
});
