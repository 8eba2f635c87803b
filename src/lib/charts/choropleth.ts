/**
 * The choropleth's classes, colours and legend, as pure functions (ChoroplethMap.svelte draws
 * them). Classes are ranges between ROUND breaks (steps of 1, 2, 2.5 or 5 times a power of ten,
 * so a legend reads "20–40%", never "17,3–38,9%"), four to six of them, chosen from the values
 * shown; a coverage percentage gets its own class above 100 % (a rate over 100 means the
 * denominator undercounts the workforce, worth seeing, not worth stretching the scale for);
 * null (no data, never 0) has its own hatched class.
 *
 * Colours are ColorBrewer schemes marked colour-blind safe (colorbrewer2.org, Brewer 2003):
 * sequential YlGnBu (light = low coverage, dark = high; a single-direction ramp that also reads
 * in greyscale print) and diverging PuOr centred on 0 for changes (orange = decline, purple =
 * growth; no red/green pair). The above-100 class is orange (#d95f02), a hue YlGnBu never uses,
 * distinct from its blues for the common colour-vision deficiencies.
 */
import { formatNumber, MINUS } from '$lib/format';
import { translator, type Locale } from '$lib/i18n';

/** ColorBrewer YlGnBu, by class count (1–6). */
export const SEQUENTIAL: Readonly<Record<number, readonly string[]>> = {
	1: ['#41b6c4'],
	2: ['#a1dab4', '#225ea8'],
	3: ['#edf8b1', '#7fcdbb', '#2c7fb8'],
	4: ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'],
	5: ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
	6: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494']
};

/** ColorBrewer PuOr (orange negative, purple positive), by class count (2, 4, 6: symmetric). */
export const DIVERGING: Readonly<Record<number, readonly string[]>> = {
	2: ['#f1a340', '#998ec3'],
	4: ['#e66101', '#fdb863', '#b2abd2', '#5e3c99'],
	6: ['#b35806', '#f1a340', '#fee0b6', '#d8daeb', '#998ec3', '#542788']
};

/** The class above 100 % (coverage over the denominator). */
export const OVER_100_COLOUR = '#d95f02';

/** The no-data hatch: lines of this colour on white (an SVG pattern on the map, CSS in the legend). */
export const NO_DATA_COLOUR = '#8c8c8c';

/** Round steps: these times a power of ten. 2.5 keeps the ratio between neighbours ≤ 2.5. */
const STEP_MULTIPLIERS = [1, 2, 2.5, 5] as const;
const MIN_CLASSES = 4;
const MAX_CLASSES = 6;
const PREFERRED_CLASSES = 5;

export interface ClassifyOptions {
	/** A coverage percentage: values above 100 get their own class, the ranges stop at 100. */
	readonly capAt100?: boolean;
	/** A change (points or growth %): symmetric breaks around 0, a diverging scheme. */
	readonly diverging?: boolean;
}

/** The classes of one map. */
export interface Classes {
	/** Ascending bounds: range class i holds breaks[i] ≤ v < breaks[i + 1] (the last one includes its top). */
	readonly breaks: readonly number[];
	/** One colour per range class. */
	readonly colours: readonly string[];
	/** The round step between breaks. */
	readonly step: number;
	/** Whether the over-100 class is in use (capAt100 and some value above 100). */
	readonly over100: boolean;
	readonly diverging: boolean;
}

/** Which class a value is in: a range class's index, above 100, or no data. */
export type ClassKey = number | 'over100' | 'nodata';

// Breaks are multiples of steps like 2.5 or 0.2: round away binary noise (0.6000000000000001).
const clean = (x: number) => Math.round(x * 1e9) / 1e9;

/** Round steps from small to large covering a span (1, 2, 2.5, 5, 10, 20 …). */
function candidateSteps(span: number): number[] {
	const top = Math.floor(Math.log10(Math.max(span, 1e-9)));
	const steps: number[] = [];
	for (let power = top - 2; power <= top + 1; power++) {
		for (const m of STEP_MULTIPLIERS) steps.push(clean(m * 10 ** power));
	}
	return steps;
}

/** Sequential breaks over [lo, hi]: the round step giving 4–6 classes, nearest 5 (ties: the finer). */
function sequentialBreaks(lo: number, hi: number): { breaks: number[]; step: number } {
	if (hi === lo) hi = lo + (lo === 0 ? 1 : Math.abs(lo) / 10);
	let best: { start: number; count: number; step: number } | null = null;
	const score = (count: number) =>
		count >= MIN_CLASSES && count <= MAX_CLASSES ? Math.abs(count - PREFERRED_CLASSES) : 10 + Math.abs(count - PREFERRED_CLASSES);
	for (const step of candidateSteps(hi - lo)) {
		const start = Math.floor(lo / step);
		const count = Math.max(1, Math.ceil(hi / step) - start);
		if (!best || score(count) < score(best.count)) best = { start, count, step };
	}
	const { start, count, step } = best!;
	return { breaks: Array.from({ length: count + 1 }, (_, i) => clean((start + i) * step)), step };
}

/** Diverging breaks: the smallest round step with at most three classes per side (so two or three). */
function divergingBreaks(extent: number): { breaks: number[]; step: number } {
	const m = extent > 0 ? extent : 1;
	const step = candidateSteps(m).find((s) => Math.ceil(clean(m / s)) <= MAX_CLASSES / 2)!;
	const side = Math.ceil(clean(m / step));
	return { breaks: Array.from({ length: 2 * side + 1 }, (_, i) => clean((i - side) * step)), step };
}

/**
 * The classes for the values shown. Nulls and non-finite values are no data and do not shape
 * the breaks; with `capAt100`, neither do values above 100.
 * @example classify([12, 35, 58, 87], { capAt100: true }).breaks // [0, 20, 40, 60, 80, 100]
 */
export function classify(values: Iterable<number | null | undefined>, options: ClassifyOptions = {}): Classes {
	const { capAt100 = false, diverging = false } = options;
	let lo = Infinity;
	let hi = -Infinity;
	let over100 = false;
	for (const v of values) {
		if (typeof v !== 'number' || !Number.isFinite(v)) continue;
		if (capAt100 && v > 100) {
			over100 = true;
			continue;
		}
		lo = Math.min(lo, v);
		hi = Math.max(hi, v);
	}
	if (lo > hi) return { breaks: [], colours: [], step: 0, over100, diverging };
	if (diverging) {
		const { breaks, step } = divergingBreaks(Math.max(Math.abs(lo), Math.abs(hi)));
		return { breaks, colours: DIVERGING[breaks.length - 1]!, step, over100: false, diverging };
	}
	const { breaks, step } = sequentialBreaks(lo, hi);
	// A coverage range never runs past 100 % (100 is a multiple of every step up to 100).
	if (capAt100 && breaks[breaks.length - 1]! > 100) breaks[breaks.length - 1] = 100;
	return { breaks, colours: SEQUENTIAL[breaks.length - 1]!, step, over100, diverging };
}

/** The class of a value. Values past either end fall in the end classes. */
export function classOf(value: number | null | undefined, classes: Classes): ClassKey {
	if (typeof value !== 'number' || !Number.isFinite(value)) return 'nodata';
	if (classes.over100 && value > 100) return 'over100';
	const { breaks } = classes;
	if (breaks.length < 2) return 'nodata';
	let i = 0;
	while (i < breaks.length - 2 && value >= breaks[i + 1]!) i++;
	return i;
}

/** A value's fill colour, or null for no data (drawn hatched). */
export function colourOf(value: number | null | undefined, classes: Classes): string | null {
	const key = classOf(value, classes);
	if (key === 'nodata') return null;
	if (key === 'over100') return OVER_100_COLOUR;
	return classes.colours[key]!;
}

/** How a legend writes its numbers. */
export type LegendUnit = 'percent' | 'points';

/** One legend entry. `colour` is the hatch's line colour for no data. */
export interface LegendEntry {
	readonly key: ClassKey;
	readonly kind: 'range' | 'over100' | 'nodata';
	readonly label: string;
	readonly colour: string;
	/** Regions in this class among the values given to {@link legend}. */
	readonly count: number;
}

/** A bound as the legend writes it: typographic minus, decimals only when the step has them. */
function bound(value: number, digits: number, locale: Locale): string {
	return formatNumber(value, { digits }, locale);
}

/** "20–40%", "−5 – 0 poin": an en dash, spaced when a bound has a minus sign so it reads as a range. */
function rangeLabel(from: number, to: number, digits: number, unit: LegendUnit, locale: Locale): string {
	const a = bound(from, digits, locale);
	const b = bound(to, digits, locale);
	const dash = a.includes(MINUS) || b.includes(MINUS) ? ' – ' : '–';
	const suffix = unit === 'percent' ? '%' : locale === 'id' ? ' poin' : ' pts';
	return `${a}${dash}${b}${suffix}`;
}

/**
 * The legend: one entry per range class (low to high), then above 100 % when in use, then no
 * data; with the count of `values` in each class.
 */
export function legend(
	classes: Classes,
	values: Iterable<number | null | undefined>,
	{ unit = 'percent', locale = 'id' }: { unit?: LegendUnit; locale?: Locale } = {}
): LegendEntry[] {
	const t = translator(locale);
	const counts = new Map<ClassKey, number>();
	for (const v of values) {
		const key = classOf(v, classes);
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	const digits = Number.isInteger(classes.step) ? 0 : 1;
	const entries: LegendEntry[] = classes.colours.map((colour, i) => ({
		key: i,
		kind: 'range',
		label: rangeLabel(classes.breaks[i]!, classes.breaks[i + 1]!, digits, unit, locale),
		colour,
		count: counts.get(i) ?? 0
	}));
	if (classes.over100) {
		entries.push({ key: 'over100', kind: 'over100', label: t('map.legend.over100'), colour: OVER_100_COLOUR, count: counts.get('over100') ?? 0 });
	}
	entries.push({ key: 'nodata', kind: 'nodata', label: t('map.legend.nodata'), colour: NO_DATA_COLOUR, count: counts.get('nodata') ?? 0 });
	return entries;
}

/** The legend label of a value's class (the map's list and tooltip). */
export function classLabel(value: number | null | undefined, entries: readonly LegendEntry[], classes: Classes): string {
	const key = classOf(value, classes);
	return entries.find((entry) => entry.key === key)?.label ?? '';
}
