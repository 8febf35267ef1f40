export { decimalError } from './decimal';
export { isHsCode } from './hs-code';
export { ISO_3166_ALPHA2, isCountryCode } from './iso3166';
export { ISO_4217, isCurrencyCode } from './iso4217';
export { LANGUAGES, isLanguage, type Language } from './languages';
export { REC19_TRANSPORT_MODES, isTransportMode } from './rec19';
export { REC20_UNITS, isUnitCode } from './rec20';
