import type { PlacementArea } from '../progress/progress-schema';

/**
 * Which course teaches each area the placement check rates. A module belongs to the area of its course;
 * modules of other courses (digital teams) belong to none and keep their place in a path.
 */
export const AREA_COURSE: Readonly<Record<PlacementArea, string>> = {
  data: 'data-thinking',
  reasoning: 'critical-reasoning',
  risk: 'risk-management',
  'government-data': 'digital-government-data',
};

/** The area of a module key ("risk-management/what-risk-is" → "risk"), if its course is one of them. */
export function areaOfModule(key: string): PlacementArea | undefined {
  const course = key.split('/')[0];
  return (Object.keys(AREA_COURSE) as PlacementArea[]).find((area) => AREA_COURSE[area] === course);
}
