import { getCollection } from 'astro:content';
import type { Lang } from '../../i18n/languages';
import { loadCatalog, type Module } from '../content/catalog';

/** The default course paths for roles (seeds/paths), with each step resolved to its module where one is written. */
export interface RolePathStep {
  key: string;
  number: string;
  title: string;
  /** Undefined while the module is only planned ("coming soon"). */
  module?: Module;
}
export interface RolePath {
  slug: string;
  title: string;
  summary: string;
  steps: RolePathStep[];
  /** Reading time of the written modules. */
  minutes: number;
}

// Order of the four role paths on the page: the one for everyone first.
const ORDER = ['essentials', 'leaders', 'technicians', 'data-specialists'];

export async function rolePathsIn(lang: Lang): Promise<RolePath[]> {
  const [paths, plan, { modules }] = await Promise.all([getCollection('paths'), getCollection('plan'), loadCatalog()]);
  return paths
    .sort((a, b) => (ORDER.indexOf(a.id) + 1 || 99) - (ORDER.indexOf(b.id) + 1 || 99))
    .map((path) => {
      const steps = path.data.steps.map((key) => {
        const planned = plan.find((p) => p.id === key)!; // the integrity check guarantees it
        const module = modules.find((m) => m.lang === lang && m.key === key);
        return { key, number: planned.data.number, title: module?.data.title ?? planned.data.title[lang], module };
      });
      return {
        slug: path.id,
        title: path.data.title[lang],
        summary: path.data.summary[lang],
        steps,
        minutes: steps.reduce((sum, s) => sum + (s.module?.data.minutes ?? 0), 0),
      };
    });
}
