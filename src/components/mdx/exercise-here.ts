import { loadCatalog } from '../../lib/content/catalog';
import type { CompletionRule } from '../../lib/progress/module-completion';
import { urls } from '../../lib/routing/urls';

/**
 * The exercise an MDX element places on this module page (<Exercise id> or a kind's own element such as
 * <ChartCritique id>), with what its island needs besides: the module's key and the rule that completes it. A
 * build error names the MDX file when the id is not declared there. On a page that is not the module's own (the
 * course's print view renders every module's body) there is none: like the quiz, an exercise is not printed.
 */
export async function exerciseHere(pathname: string, id: string, element: string) {
  const here = pathname.replace(/\/?$/, '/');
  const module = (await loadCatalog()).modules.find((m) => urls.module(m.lang, m.course, m.slug) === here);
  if (!module) return undefined;
  const file = `content/modules/${module.lang}/${module.key}.mdx`;
  const exercise = module.data.exercises.find((e) => e.id === id);
  if (!exercise) throw new Error(`${file}: <${element} id="${id}"> names no exercise in the frontmatter.`);
  const completion: CompletionRule = {
    quiz: module.quiz !== undefined,
    exercises: module.data.exercises.filter((e) => e.counts).map((e) => e.id),
  };
  return { file, exercise, common: { lang: module.lang, moduleKey: module.key, completion } };
}
