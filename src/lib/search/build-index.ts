import lunr from 'lunr';
import type { Lang } from '../../i18n/languages';
import { indexForms, normalise, withAcronymForms } from './text';

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
  /** By short ref: i the document's id, k kind, t title, c course, u URL, x text. */
  docs: Record<string, { i: string; k: SearchDoc['kind']; t: string; c: string; u: string; x: string }>;
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

// Three fields, not four: each field is a lookup per query word, and at 1,000 modules a separate headings field
// cost a third of the query time. Headings are indexed with the key terms, where they rank just as well.
const FIELDS = { title: 10, terms: 5, text: 1 } as const;

type Posting = Record<string, unknown>;
interface SerialisedIndex {
  fields: string[];
  fieldVectors: Array<[string, number[]]>;
  invertedIndex: Array<[string, Posting]>;
}

/**
 * Smaller to download, same rankings: vector weights rounded to 2 decimals (scores only compare documents), and the empty per-field postings lunr
 * writes for every term left out (expand() puts them back before Index.load).
 */
function compact(index: SerialisedIndex): SerialisedIndex {
  return {
    ...index,
    fieldVectors: index.fieldVectors.map(([ref, vector]) => [
      ref,
      vector.map((v, i) => (i % 2 === 0 ? v : Math.round(v * 100) / 100)),
    ]),
    invertedIndex: index.invertedIndex.map(([term, posting]) => [
      term,
      Object.fromEntries(
        Object.entries(posting).filter(([key, value]) => key === '_index' || Object.keys(value as object).length > 0),
      ),
    ]),
  };
}

export function expand(index: object): object {
  const serialised = index as SerialisedIndex;
  return {
    ...serialised,
    invertedIndex: serialised.invertedIndex.map(([term, posting]) => [
      term,
      Object.fromEntries([...serialised.fields.map((field) => [field, {}]), ...Object.entries(posting)]),
    ]),
  };
}

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
    // Short refs ("0", "1", …) instead of ids: they repeat in every posting and vector.
    // Acronyms get a form of their own in the index only; the text shown under a result stays as written.
    docs.forEach((doc, i) =>
      this.add({
        id: String(i),
        title: withAcronymForms(doc.title),
        terms: withAcronymForms(`${doc.terms} ${doc.headings}`),
        text: withAcronymForms(doc.text),
      }),
    );
  });
  return {
    lang,
    index: compact(index.toJSON() as unknown as SerialisedIndex),
    docs: Object.fromEntries(
      docs.map((d, i) => [String(i), { i: d.id, k: d.kind, t: d.title, c: d.course, u: d.url, x: d.text }]),
    ),
  };
}
