import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Lang } from '../../src/i18n/languages';
import { buildSearchIndex, type SearchDoc } from '../../src/lib/search/build-index';
import { moduleDoc, termDoc } from '../../src/lib/search/docs';
import { loadIndex } from '../../src/lib/search/query';

/** The real course content, read from the files, turned into the same search documents the build makes. */
const CONTENT = join(import.meta.dirname, '../../content');
const yamlFile = (path: string) => parse(readFileSync(path, 'utf8'));

export function corpus(lang: Lang): SearchDoc[] {
  const other = lang === 'vi' ? 'en' : 'vi';
  const docs: SearchDoc[] = [];
  const firstCourseOfTerm = new Map<string, string>();
  for (const course of readdirSync(join(CONTENT, 'modules', lang))) {
    const courseTitle = yamlFile(join(CONTENT, 'courses', lang, `${course}.yaml`)).title as string;
    const files = readdirSync(join(CONTENT, 'modules', lang, course)).sort();
    for (const file of files) {
      const raw = readFileSync(join(CONTENT, 'modules', lang, course, file), 'utf8');
      const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw)!;
      const data = parse(frontmatter!);
      const slug = file.replace(/\.mdx$/, '');
      for (const term of data.keyTerms as string[])
        if (!firstCourseOfTerm.has(term)) firstCourseOfTerm.set(term, courseTitle);
      docs.push(
        moduleDoc({
          key: `${course}/${slug}`,
          title: data.title,
          summary: data.summary,
          courseTitle,
          url: `/${lang}/courses/${course}/${slug}/`,
          keyTermNames: (data.keyTerms as string[]).map(
            (id) => yamlFile(join(CONTENT, 'glossary', lang, `${id}.yaml`)).term,
          ),
          body: body!,
        }),
      );
    }
  }
  for (const file of readdirSync(join(CONTENT, 'glossary', lang))) {
    const id = file.replace(/\.yaml$/, '');
    const term = yamlFile(join(CONTENT, 'glossary', lang, file));
    docs.push(
      termDoc({
        id,
        term: term.term,
        otherTerm: yamlFile(join(CONTENT, 'glossary', other, file)).term,
        definition: term.definition,
        courseTitle: firstCourseOfTerm.get(id) ?? '',
        url: `/${lang}/glossary/#${id}`,
      }),
    );
  }
  return docs;
}

export const realIndex = (lang: Lang) => loadIndex(JSON.parse(JSON.stringify(buildSearchIndex(lang, corpus(lang)))));
