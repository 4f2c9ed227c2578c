import lunr from 'lunr';
import type { Lang } from '../../i18n/languages';
import { indexForms, normalise } from './text';

/** One searchable thing: a module or a glossary term. */
export interface SearchDoc {
  id: string;
  kind: 'module' | 'term';
  title: string;
  /** The course it belongs to (a term: the course of the module that introduces it). */
  course: string;
  url: string;
  /** Key terms of a module; a term's English or Vietnamese name. */
  terms: string;
  headings: string;
  /** Plain text, for matching and for the snippet shown under a result. */
  text: string;
}

/** What the browser downloads: the lunr index and the few fields a result shows. */
export interface SearchPayload {
  lang: Lang;
  index: object;
  docs: Record<string, { k: SearchDoc['kind']; t: string; c: string; u: string; x: string }>;
}

/** The index-time pipeline step: each word becomes its exact and folded forms. Registered to keep lunr quiet. */
const formsFunctions = new Map<Lang, lunr.PipelineFunction>();
function formsFunction(lang: Lang): lunr.PipelineFunction {
  let fn = formsFunctions.get(lang);
  if (!fn) {
    fn = (token: lunr.Token) => {
      const word = normalise(token.toString());
      return word ? indexForms(word, lang).map((form) => token.clone(() => form)) : (null as unknown as lunr.Token);
    };
    lunr.Pipeline.registerFunction(fn, `cdl-forms-${lang}`);
    formsFunctions.set(lang, fn);
  }
  return fn;
}

const FIELDS = { title: 10, terms: 5, headings: 3, text: 1 } as const;

export function buildSearchIndex(lang: Lang, docs: SearchDoc[]): SearchPayload {
  const index = lunr(function () {
    // Our own pipeline replaces lunr's English trimmer, stop words and stemmer; queries are built term by term
    // (see query.ts), so the search pipeline stays empty and nothing needs registering before Index.load.
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.pipeline.add(formsFunction(lang));
    this.ref('id');
    for (const [field, boost] of Object.entries(FIELDS)) this.field(field, { boost });
    this.metadataWhitelist = [];
    for (const doc of docs) this.add(doc);
  });
  return {
    lang,
    index: index.toJSON(),
    docs: Object.fromEntries(docs.map((d) => [d.id, { k: d.kind, t: d.title, c: d.course, u: d.url, x: d.text }])),
  };
}
