import { isLang, type Lang } from '../../i18n/languages';

/**
 * Why an island could not start, named after GOV.UK Frontend's ElementError: the message starts with the island's
 * tag and says what is missing ("quiz-island: payload ([data-quiz-payload]) not found"), so a broken page tells
 * the developer where to look. The name is set by hand because a minifier renames classes.
 */
export class IslandError extends Error {
  override name = 'IslandError';

  constructor(host: Element, problem: string) {
    super(`${host.localName}: ${problem}`);
  }
}

/** An element the island cannot work without, found inside it, or an IslandError naming the selector. */
export function requireElement<E extends Element = HTMLElement>(host: Element, selector: string): E {
  const element = host.querySelector<E>(selector);
  if (!element) throw new IslandError(host, `${selector} not found`);
  return element;
}

/**
 * Reads the island's JSON payload (the <script type="application/json"> its Astro component wrote) and checks
 * that the parts it reads are there. A missing script, JSON that does not parse and a missing part each throw
 * an IslandError that says which, rather than a TypeError somewhere later.
 */
export function readPayload<T extends object>(
  host: Element,
  selector: string,
  parts: ReadonlyArray<keyof T & string>,
): T {
  const what = `payload (${selector})`;
  const script = host.querySelector(selector);
  if (!script) throw new IslandError(host, `${what} not found`);
  let payload: unknown;
  try {
    payload = JSON.parse(script.textContent ?? '');
  } catch {
    throw new IslandError(host, `${what} is not valid JSON`);
  }
  // Object() so that JSON holding a bare number or null reads as lacking every part rather than throwing a TypeError.
  const missing = parts.filter((part) => !(part in Object(payload)));
  if (missing.length > 0) throw new IslandError(host, `${what} lacks ${missing.join(', ')}`);
  return payload as T;
}

/** The page language the Astro component wrote on the island (data-lang); an island without one is an error. */
export function islandLang(host: HTMLElement): Lang {
  const lang = host.dataset.lang;
  if (!isLang(lang)) throw new IslandError(host, `data-lang "${lang}" is not a site language`);
  return lang;
}

/**
 * Registers an island's custom element once. A module can run twice on one page (the dev server's hot reload, or
 * a bundle that copies it into two chunks), and a second customElements.define of the same name throws.
 */
export function defineIsland(name: `${string}-island`, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}

/** A data-<name> attribute the island cannot work without (the quiz's data-module, where its attempts are kept). */
export function requireData(host: HTMLElement, name: Lowercase<string>): string {
  const value = host.dataset[name];
  if (!value) throw new IslandError(host, `data-${name} not found`);
  return value;
}
