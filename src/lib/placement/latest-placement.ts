import type { Placement } from '../progress/progress-schema';

// Apart from placement-result.ts so that My learning's one line loads this and not the rules.
/** The most recent placement in the record, if any (the later id breaks a tie, so two tabs agree). */
export function latestPlacement(record: { placements?: Record<string, Placement> }): Placement | undefined {
  return Object.values(record.placements ?? {}).reduce<Placement | undefined>(
    (latest, p) => (!latest || p.at > latest.at || (p.at === latest.at && p.id > latest.id) ? p : latest),
    undefined,
  );
}
