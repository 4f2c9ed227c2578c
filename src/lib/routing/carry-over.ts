/**
 * The other language's page with what the reader is looking at carried over: the search query (?q=) on the search
 * page, the fragment (#median) on the glossary, where a term has the same id in both languages. Nothing else in
 * the current address goes along: a path link's own fragment (#p=…) is for the page that reads it.
 */
export function carriedAddress(target: string, current: string, what: 'query' | 'hash'): string {
  const to = new URL(target, current);
  const from = new URL(current);
  if (what === 'query') {
    const query = from.searchParams.get('q');
    if (query) to.searchParams.set('q', query);
    else to.searchParams.delete('q');
  } else {
    // Only a term id ("#goodharts-law"), never a fragment that could carry data to the other page.
    to.hash = /^#[a-z0-9-]{1,80}$/.test(from.hash) ? from.hash : '';
  }
  return to.href;
}
