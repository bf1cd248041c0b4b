/**
 * The small amount of chart geometry the progress chart needs, drawn by hand: a linear scale, evenly spaced
 * columns, and SVG path data for a broken line and for steps. docs/progress-chart.md has the measurements that
 * chose this over d3-scale + d3-shape, uPlot and Observable Plot.
 */

/** A point of a path, or a gap (no value there: the line breaks). */
export type OtPathPoint = { readonly x: number; readonly y: number } | undefined;

/** Numbers in path data: two decimals are finer than a device pixel at any size the chart is drawn. */
export const roundCoordinate = (value: number): number => Math.round(value * 100) / 100;

/**
 * A linear map from a domain to a range, e.g. percent 0–100 onto a panel's pixels (range reversed so 100 is on
 * top).
 *
 * @example
 * linearScale([0, 100], [200, 20])(75); // 65
 */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}

/**
 * The centres of `count` evenly spaced columns between `start` and `end`, first column at `start` (so for
 * right-to-left pass them the other way round), and the step from one to the next (negative right to left).
 *
 * @example
 * columnCentres(4, 0, 400); // { centres: [50, 150, 250, 350], step: 100 }
 */
export function columnCentres(count: number, start: number, end: number): { centres: number[]; step: number } {
  const step = count > 0 ? (end - start) / count : 0;
  return { centres: Array.from({ length: count }, (_, index) => start + (index + 0.5) * step), step };
}

/**
 * SVG path data joining the points with straight lines; a gap (undefined) breaks the line. A lone point between
 * gaps gives a zero-length segment, which a round line cap draws as a dot.
 *
 * @example
 * linePath([{ x: 0, y: 10 }, { x: 5, y: 0 }, undefined, { x: 20, y: 4 }]); // 'M0 10L5 0M20 4h0'
 */
export function linePath(points: readonly OtPathPoint[]): string {
  let path = '';
  let open = false;
  points.forEach((point, index) => {
    if (!point) {
      open = false;
      return;
    }
    const at = `${roundCoordinate(point.x)} ${roundCoordinate(point.y)}`;
    path += open ? `L${at}` : `M${at}`;
    if (!open && !points[index + 1]) path += 'h0';
    open = true;
  });
  return path;
}

/**
 * SVG path data for steps: each point is a flat segment as wide as its column (centred on x), joined to the next
 * by a vertical; a gap breaks the steps. `columnStep` is the distance from one column to the next, negative when
 * columns run right to left.
 *
 * @example
 * stepPath([{ x: 50, y: 10 }, { x: 150, y: 30 }], 100); // 'M0 10H100V30H200'
 */
export function stepPath(points: readonly OtPathPoint[], columnStep: number): string {
  const half = columnStep / 2;
  let path = '';
  let previous: OtPathPoint;
  for (const point of points) {
    if (point) {
      const y = roundCoordinate(point.y);
      const end = roundCoordinate(point.x + half);
      path += previous ? `V${y}H${end}` : `M${roundCoordinate(point.x - half)} ${y}H${end}`;
    }
    previous = point;
  }
  return path;
}
