import { languages } from '../../i18n/languages';
import { coursesIn, modulesOf } from '../content/catalog';

/** getStaticPaths helpers shared by the pages: one page per language, course and module. */
export function langPaths() {
  return languages.map((lang) => ({ params: { lang }, props: { lang } }));
}

export async function coursePaths() {
  const perLang = await Promise.all(
    languages.map(async (lang) =>
      (await coursesIn(lang)).map((course) => ({ params: { lang, course: course.slug }, props: { lang, course } })),
    ),
  );
  return perLang.flat();
}

export async function modulePaths() {
  const perCourse = await Promise.all(
    languages.map(async (lang) =>
      Promise.all(
        (await coursesIn(lang)).map(async (course) => {
          const modules = await modulesOf(lang, course.slug);
          return modules.map((module, i) => ({
            params: { lang, course: course.slug, module: module.slug },
            props: { lang, course, module, previous: modules[i - 1], next: modules[i + 1] },
          }));
        }),
      ),
    ),
  );
  return perCourse.flat(2);
}
