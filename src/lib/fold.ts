/** Without diacritics: "dữ liệu" → "du lieu", "đường" → "duong". Its own module so filters need not load lunr. */
export function fold(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}
