/**
 * The glossary ids a module's MDX body links with <KeyTerm id="…">, read from its text, so the content check can
 * hold a module's `keyTerms` to its body: a key term the reader is never shown in the text, linked to its
 * definition, is a promise the module does not keep (and the glossary would say the module uses it).
 */
const ELEMENT = /<KeyTerm\b[^>]*?\bid="([^"]+)"[^>]*>/g;

export function linkedTerms(body: string): string[] {
  return [...new Set([...body.matchAll(ELEMENT)].map(([, id]) => id!))];
}
