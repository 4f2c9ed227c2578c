import { islandStrings } from '../../src/i18n/island-strings';
import { makeTranslator } from '../../src/islands/shared/strings';
import { describe, expect, it } from 'vitest';
import vi from '../../src/i18n/vi';
import en from '../../src/i18n/en';
import { translate } from '../../src/i18n/t';

// Each placeholder once: a sentence may use one twice ("{total} of {total}") where the other language needs it once.
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('UI dictionaries', () => {
  it('have the same keys in both languages, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const value of [...Object.values(vi), ...Object.values(en)]) expect(value.trim()).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(vi) as Array<keyof typeof vi>) {
      expect(placeholders(en[key]), key).toEqual(placeholders(vi[key]));
    }
  });

  it('differ between languages, so no string was left untranslated', () => {
    // A string of placeholders and punctuation only ("{file}: {reason}") has nothing to translate.
    const wordy = (text: string) => /\p{L}/u.test(text.replace(/\{\w+\}/g, ''));
    const same = (Object.keys(vi) as Array<keyof typeof vi>).filter(
      (key) => (vi[key] as string) === en[key] && wordy(vi[key]),
    );
    expect(same).toEqual([]);
  });

  it('fills placeholders and leaves an unknown one visible', () => {
    expect(translate('vi', 'module.minutes', { minutes: 12 })).toBe('12 phút đọc');
    expect(translate('en', 'course.moduleCount', { count: 5 })).toBe('5 modules');
    expect(translate('en', 'module.minutes')).toBe('{minutes} min read');
  });

  it('pages say "1 module" but "2 modules" in English, as the islands do', () => {
    expect(translate('en', 'course.moduleCount', { count: 1 })).toBe('1 module');
    expect(translate('en', 'course.moduleCount', { count: 2 })).toBe('2 modules');
    expect(translate('vi', 'course.moduleCount', { count: 1 })).toBe('1 học phần');
    const search = makeTranslator(islandStrings('en', ['search.']));
    expect(search('search.count', { count: 1, query: 'median' })).toBe('1 result for “median”.');
    expect(search('search.count', { count: 2, query: 'median' })).toBe('2 results for “median”.');
  });

  it('say no "(s)": English plurals have their ".one" form instead', () => {
    const hedged = (Object.keys(en) as Array<keyof typeof en>).filter((key) => /\(s\)/.test(en[key]));
    expect(hedged).toEqual([]);
  });

  it('islands say "1 attempt" but "2 attempts" in English, and Vietnamese needs no plural', () => {
    const inEnglish = makeTranslator(islandStrings('en', ['class.']));
    const inVietnamese = makeTranslator(islandStrings('vi', ['class.']));
    expect(inEnglish('class.cell.attempts', { count: 1 })).toBe('1 attempt');
    expect(inEnglish('class.cell.attempts', { count: 2 })).toBe('2 attempts');
    expect(inVietnamese('class.cell.attempts', { count: 1 })).toBe('1 lần làm bài');
    expect(inVietnamese('class.cell.attempts', { count: 3 })).toBe('3 lần làm bài');
  });
});
