/** A tiny element builder: text always goes in as text (never HTML), so quiz content cannot inject markup. */
type Child = Node | string | false | null | undefined;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | number | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === undefined) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === false || child === null || child === undefined) continue;
    element.append(child);
  }
  return element;
}

/** Appends children, skipping the false/undefined that conditional parts leave behind. */
export function fill(parent: Element, ...children: Child[]): void {
  for (const child of children) if (child !== false && child !== null && child !== undefined) parent.append(child);
}

/** Replaces an element's children, skipping the same false/undefined parts. */
export function refill(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  fill(parent, ...children);
}
