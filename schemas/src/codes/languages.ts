// The languages of the exchange, as BCP-47 primary language tags. A region or script subtag
// (zh-Hans, vi-VN) is refused: one text per language keeps lookups exact.
export const LANGUAGES = ['lo', 'vi', 'zh', 'th', 'km', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}
