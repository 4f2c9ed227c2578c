/** The calls of the SCORM 1.2 run-time API (the LMS's `API` object) that a module page makes. */
export interface Scorm12Api {
  LMSInitialize(empty: ''): string;
  LMSFinish(empty: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(empty: ''): string;
  LMSGetLastError(): string;
}

interface WindowLike {
  API?: unknown;
  parent?: WindowLike | null;
  opener?: WindowLike | null;
  top?: WindowLike | null;
}

/** ADL's own bound on how far up the frames to look: an LMS nests its content a few frames deep at most. */
const MAX_DEPTH = 7;

const isApi = (value: unknown): value is Scorm12Api =>
  typeof value === 'object' &&
  value !== null &&
  ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit'].every(
    (name) => typeof (value as Record<string, unknown>)[name] === 'function',
  );

/** Up the chain of parent frames from `start`; a frame of another origin throws on access and ends the search. */
function searchParents(start: WindowLike | null | undefined): Scorm12Api | undefined {
  let win = start;
  for (let depth = 0; win && depth <= MAX_DEPTH; depth++) {
    try {
      if (isApi(win.API)) return win.API;
      if (!win.parent || win.parent === win) return undefined;
      win = win.parent;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * The LMS's API, as ADL's SCORM 1.2 run-time guide finds it: in this window or a parent frame, else in the window
 * that opened this one (an LMS that launches content in a new window) and its parents. None: there is no LMS,
 * and the page keeps the learner's progress in the browser alone, as it always does.
 */
export function findScormApi(win: WindowLike): Scorm12Api | undefined {
  const found = searchParents(win);
  if (found) return found;
  try {
    return win.opener ? searchParents(win.opener) : undefined;
  } catch {
    return undefined;
  }
}
