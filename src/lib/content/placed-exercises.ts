/**
 * The ids of the exercises a module's MDX body places, read from its text, so the content check can hold the body
 * and the frontmatter's declarations to each other before any page is built: <Exercise id="…" />, and
 * <ChartCritique id="…">, the chart critique's own element, which carries its two charts as slots.
 */
const ELEMENT = /<(?:Exercise|ChartCritique)\b[^>]*?\bid="([^"]+)"[^>]*>/g;

export function placedExercises(body: string): string[] {
  return [...body.matchAll(ELEMENT)].map(([, id]) => id!);
}
