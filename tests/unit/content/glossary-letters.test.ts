import { describe, expect, it } from 'vitest';
import { initialLetter, jumpLetters } from '../../../src/lib/content/glossary-letters';

describe('glossary A–Z', () => {
  it('files a Vietnamese term under its letter without the tone, keeping Ă, Â, Đ, Ê, Ô, Ơ, Ư apart', () => {
    expect(initialLetter('Ảnh', 'vi')).toBe('A');
    expect(initialLetter('Ăn', 'vi')).toBe('Ă');
    expect(initialLetter('ấn định', 'vi')).toBe('Â');
    expect(initialLetter('Định luật Goodhart', 'vi')).toBe('Đ');
    expect(initialLetter('Dữ liệu', 'vi')).toBe('D');
    expect(initialLetter('Ước tính', 'vi')).toBe('Ư');
    expect(initialLetter('Ở'.normalize('NFD'), 'vi')).toBe('Ơ');
    expect(initialLetter('1.000 dân', 'vi')).toBe('#');
    expect(initialLetter('Élite', 'en')).toBe('E');
  });

  it('lists the whole alphabet in Vietnamese order, linking only letters that have a term, to the first one', () => {
    const letters = jumpLetters(
      [
        { id: 'a', term: 'Bản đồ' },
        { id: 'b', term: 'Biến' },
        { id: 'c', term: 'Dữ liệu' },
        { id: 'd', term: 'Điểm phần trăm' },
      ],
      'vi',
    );
    expect(letters.map((l) => l.letter).join('')).toBe('AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY');
    expect(letters.filter((l) => l.target)).toEqual([
      { letter: 'B', target: 'a' },
      { letter: 'D', target: 'c' },
      { letter: 'Đ', target: 'd' },
    ]);
    expect(jumpLetters([], 'en')).toHaveLength(26);
  });
});
