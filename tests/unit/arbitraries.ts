import fc from 'fast-check';
import type { SharedPath } from '../../src/lib/course-paths/path-schema';

/** A lowercase kebab-case id, as module, course and question ids are written. */
export const slugArbitrary = () => fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);

/** Any valid shared path (module keys shaped like the site's, Unicode titles and notes), for property tests. */
export function pathArbitrary({ maxModules = 20, maxNote = 1000 } = {}): fc.Arbitrary<SharedPath> {
  const slug = slugArbitrary();
  return fc.record(
    {
      title: fc.string({ minLength: 1, maxLength: 120 }),
      note: fc.string({ maxLength: maxNote }),
      due: fc
        .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      passMark: fc.integer({ min: 1, max: 100 }),
      lrs: fc.record({
        endpoint: fc.constantFrom('https://lrs.example.gov.vn/xapi/', 'http://127.0.0.1:4380/xAPI/'),
        key: fc.base64String({ minLength: 4, maxLength: 120 }),
        lang: fc.constantFrom('vi' as const, 'en' as const),
      }),
      modules: fc.uniqueArray(
        fc.tuple(slug, slug).map(([c, m]) => `${c}/${m}`),
        { minLength: 1, maxLength: maxModules },
      ),
    },
    { requiredKeys: ['title', 'modules'] },
  );
}

/** What text from outside must never bring to the page: every bidi control, and the C0 and C1 controls. */
export const BIDI_CONTROLS = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
];
export const C0_C1_CONTROLS = [
  ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)),
  ...Array.from({ length: 0x21 }, (_, i) => String.fromCharCode(0x7f + i)),
];
/** The characters of `text` that should not be there (`keep`: those its field allows, such as a note's "\n"). */
export const hiddenIn = (text: string, keep: string[] = []) =>
  [...text].filter((c) => (BIDI_CONTROLS.includes(c) || C0_C1_CONTROLS.includes(c)) && !keep.includes(c));

/** Text as people write it (Vietnamese, Arabic, emoji, markup, spaces) on one line, with none of the above. */
export const visibleTextArbitrary = (maxLength = 40) =>
  fc
    .string({ unit: 'grapheme', maxLength })
    .map((s) => s.normalize('NFC'))
    .filter((s) => hiddenIn(s).length === 0 && !/[\u2028\u2029]/.test(s));
export const controlArbitrary = () => fc.constantFrom(...BIDI_CONTROLS, ...C0_C1_CONTROLS, '\r\n', '\u2028', '\u2029');
/** Visible text with controls anywhere in it, as a hostile link, file or report carries. */
export const hostileTextArbitrary = ({ parts = 12, partLength = 40 } = {}) =>
  fc.array(fc.oneof(visibleTextArbitrary(partLength), controlArbitrary()), { maxLength: parts }).map((p) => p.join(''));
