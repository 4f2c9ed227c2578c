import { h } from './dom';

/**
 * A button that runs `onClick`: the islands' one look for actions, filled for the main action of a step. In a file
 * of its own, not dom.ts: the islands that use it load lazily, and dom.ts is also in what pages run at load.
 */
export function button(label: string, onClick: () => void, primary = false): HTMLButtonElement {
  const b = h('button', { type: 'button', class: primary ? 'button button-primary' : 'button' }, label);
  b.addEventListener('click', onClick);
  return b;
}
