/**
 * The ids of the <Exercise id="…" /> elements in a module's MDX body, read from its text, so the content check can
 * hold the body and the frontmatter's declarations to each other before any page is built.
 */
const ELEMENT = /<Exercise\b[^>]*?\bid="([^"]+)"[^>]*\/>/g;

export function placedExercises(body: string): string[] {
  return [...body.matchAll(ELEMENT)].map(([, id]) => id!);
}
