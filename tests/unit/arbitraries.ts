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
      due: fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      passMark: fc.integer({ min: 1, max: 100 }),
      modules: fc.uniqueArray(fc.tuple(slug, slug).map(([c, m]) => `${c}/${m}`), { minLength: 1, maxLength: maxModules }),
    },
    { requiredKeys: ['title', 'modules'] },
  );
}
