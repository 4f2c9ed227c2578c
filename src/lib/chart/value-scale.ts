import { scaleLinear } from 'd3-scale';

/**
 * The value axis of a chart: where it starts and ends, and its ticks. Bars and columns start at 0 unless the author
 * asks otherwise (yFrom, the truncated axis a chart-critique exercise shows); the end is rounded up to a tick so the
 * tallest bar never touches the frame. Ticks are d3's "nice" steps (1, 2 or 5 × 10ⁿ), as many as the length allows.
 */
export interface ValueAxisSpec {
  values: readonly number[];
  /** Where the axis starts; default 0, or the smallest value when it is below 0. */
  from?: number;
  /** Where it ends; default the largest value, rounded up to a tick. */
  to?: number;
  /** The axis length in px, and the least room one tick needs (a label's height, or its width on a horizontal axis). */
  length: number;
  spacing: number;
}

export interface ValueAxis {
  domain: [number, number];
  ticks: number[];
  /** Maps a value to its distance from the axis start, in px (0 … length). */
  position: (value: number) => number;
  /** True when the axis does not start at 0 (or, with negatives, does not include 0): the chart must say so. */
  truncated: boolean;
}

export function valueAxis(spec: ValueAxisSpec): ValueAxis {
  const smallest = Math.min(...spec.values);
  const largest = Math.max(...spec.values);
  const from = spec.from ?? Math.min(0, smallest);
  const to = spec.to ?? Math.max(largest, from + 1);
  if (to <= from) throw new Error(`the value axis would end (${to}) at or before where it starts (${from})`);
  if (spec.from !== undefined && smallest < spec.from) {
    throw new Error(`yFrom=${spec.from} is above the smallest value (${smallest}), which would be drawn off the chart`);
  }
  if (spec.to !== undefined && largest > spec.to) {
    throw new Error(`yTo=${spec.to} is below the largest value (${largest}), which would be drawn off the chart`);
  }
  const count = Math.max(2, Math.floor(spec.length / spec.spacing));
  const scale = scaleLinear().domain([from, to]).range([0, spec.length]);
  // Only the open end is rounded: a start or an end the author gave is kept as given.
  if (spec.to === undefined) {
    const nice = scaleLinear().domain([from, to]).nice(count).domain()[1]!;
    scale.domain([from, nice]);
  }
  const [start, end] = scale.domain() as [number, number];
  const ticks = scale.ticks(count).filter((tick) => tick >= start && tick <= end);
  return {
    domain: [start, end],
    ticks,
    position: (value) => scale(value),
    truncated: start > 0 || end < 0,
  };
}
