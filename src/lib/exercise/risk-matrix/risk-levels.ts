/**
 * The risk matrix's fixed vocabulary, shared by the schema (build time) and the island (browser): a 5 × 5 grid of
 * likelihood by impact, and the four ways of treating a risk that ISO 31000:2018 (6.5.2) groups its options into
 * here: avoid it, reduce it (change its likelihood or its consequences), share it, or accept (retain) it.
 */
export const LEVELS = [1, 2, 3, 4, 5] as const;
export type Level = (typeof LEVELS)[number];

export const AXES = ['likelihood', 'impact'] as const;
export type Axis = (typeof AXES)[number];

export const TREATMENTS = ['avoid', 'reduce', 'share', 'accept'] as const;
export type Treatment = (typeof TREATMENTS)[number];

export const isLevel = (value: unknown): value is Level => LEVELS.includes(value as Level);
export const isTreatment = (value: unknown): value is Treatment => TREATMENTS.includes(value as Treatment);
