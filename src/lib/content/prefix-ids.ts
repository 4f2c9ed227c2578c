/**
 * Gives every id in a piece of HTML a prefix, and the references to them (href="#…", aria-labelledby,
 * aria-describedby, for) too, so several modules can share one page (the course print view) without clashes.
 */
export function prefixIds(html: string, prefix: string): string {
  return html
    .replace(/(?<![\w-])(id|for)="([^"]+)"/g, (_, attr: string, id: string) => `${attr}="${prefix}${id}"`)
    .replace(/\bhref="#([^"]+)"/g, (_, id: string) => `href="#${prefix}${id}"`)
    .replace(/\b(aria-labelledby|aria-describedby)="([^"]+)"/g, (_, attr: string, ids: string) =>
      `${attr}="${ids.split(/\s+/).map((id) => `${prefix}${id}`).join(' ')}"`);
}
