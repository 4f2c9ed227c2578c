import { describe, expect, it } from 'vitest';
import { carriedAddress } from '../../../src/lib/routing/carry-over';

describe('the language switch carries what the reader is looking at', () => {
  it('keeps the search query', () => {
    expect(carriedAddress('/en/search/', 'https://x.vn/vi/search/?q=trung+v%E1%BB%8B', 'query')).toBe(
      'https://x.vn/en/search/?q=trung+v%E1%BB%8B',
    );
    expect(carriedAddress('/en/search/', 'https://x.vn/vi/search/', 'query')).toBe('https://x.vn/en/search/');
  });

  it('keeps a glossary term, but no fragment that is not a term id', () => {
    expect(carriedAddress('/en/glossary/', 'https://x.vn/vi/glossary/#median', 'hash')).toBe(
      'https://x.vn/en/glossary/#median',
    );
    expect(carriedAddress('/en/glossary/', 'https://x.vn/vi/glossary/#p=N4Ig', 'hash')).toBe(
      'https://x.vn/en/glossary/',
    );
    expect(carriedAddress('/en/glossary/', 'https://x.vn/vi/glossary/', 'hash')).toBe('https://x.vn/en/glossary/');
  });
});
