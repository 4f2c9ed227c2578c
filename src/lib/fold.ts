/** Without diacritics: "dữ liệu" → "du lieu", "đường" → "duong". Its own module so filters need not load lunr. */
export function fold(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** Text as a file-name part in ASCII ("Nguyễn Thị Lan" → "nguyen-thi-lan"), cut between words near `max`. */
export function asciiSlug(text: string, max: number): string {
  const slug = fold(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  // Cut between words where there is a break in reach, so the name does not end in half a word.
  const cut = slug.lastIndexOf('-', max);
  return cut > 0 ? slug.slice(0, cut) : slug.slice(0, max);
}
