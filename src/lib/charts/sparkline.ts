/**
 * The geometry of a sparkline: a small trend line in a table cell, drawn as plain SVG (no Plot:
 * 50 rows of Plot figures would cost far more than 50 paths).
 */

/** A point in SVG user units. */
export interface Point {
	x: number;
	y: number;
}

/** A sparkline's path and its last point (the dot that marks "now"). */
export interface SparklineGeometry {
	/** SVG path data; '' when no value is present. */
	d: string;
	/** The last present value's point, or null when none is present. */
	last: Point | null;
}

/**
 * The path of `values` spread evenly across `width` and scaled from their minimum (bottom) to
 * maximum (top) within `height`, `pad` units in from every edge so the stroke and the dot are
 * not clipped. A null is a gap: the line stops and starts again after it (no data is not zero),
 * and a value alone between gaps is a zero-length segment that a round line cap draws as a dot.
 * A flat series sits in the middle.
 * @example sparklinePath([1, 3, 2], 100, 20, 2) // { d: 'M2,18L50,2L98,10', last: { x: 98, y: 10 } }
 */
export function sparklinePath(values: readonly (number | null)[], width: number, height: number, pad = 2): SparklineGeometry {
	const present = values.filter((v): v is number => v != null && Number.isFinite(v));
	if (present.length === 0) return { d: '', last: null };
	const min = Math.min(...present);
	const max = Math.max(...present);
	const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
	const x = (i: number) => (values.length > 1 ? pad + i * step : width / 2);
	const y = (v: number) => (max === min ? height / 2 : pad + ((max - v) / (max - min)) * (height - 2 * pad));

	let d = '';
	let last: Point | null = null;
	let runLength = 0;
	values.forEach((v, i) => {
		if (v == null || !Number.isFinite(v)) {
			if (runLength === 1) d += 'h0';
			runLength = 0;
			return;
		}
		last = { x: round(x(i)), y: round(y(v)) };
		d += `${runLength === 0 ? 'M' : 'L'}${last.x},${last.y}`;
		runLength += 1;
	});
	if (runLength === 1) d += 'h0';
	return { d, last };
}

// Two decimals is far below a pixel at sparkline sizes and keeps the path text short.
function round(n: number): number {
	return Math.round(n * 100) / 100;
}
