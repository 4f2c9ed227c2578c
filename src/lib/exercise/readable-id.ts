/**
 * An id as a reader can take it in when nothing better is known ("r4-duplicate" → "r4 duplicate"): an exercise
 * the catalog no longer declares, or an answer-key item whose label the page was not sent.
 */
export const readableId = (id: string): string => id.replace(/[-_]+/g, ' ').trim() || id;
