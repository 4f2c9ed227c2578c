import { z } from 'astro/zod';

/**
 * The competences a module may say it builds, by id: their names live in the UI dictionaries
 * ("competence.<id>"), so a Vietnamese page names them in Vietnamese. A new framework entry is added here and in
 * both dictionaries; `astro check` fails if a label is missing.
 */
export const competenceIds = [
  'digcomp-2.2-1.1',
  'digcomp-2.2-1.2',
  'digcomp-2.2-1.3',
  'digcomp-2.2-4.1',
  'digcomp-2.2-4.2',
  'uk-data-quality-framework-2020',
  'uk-data-ethics-framework-2020',
  'oecd-data-ethics-public-sector-2021',
  'iso-31000-2018',
  'uk-orange-book-2023',
] as const;
export type CompetenceId = (typeof competenceIds)[number];

export const competenceSchema = z.enum(competenceIds);
