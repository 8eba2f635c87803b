/**
 * The pure side of the comparison component: which value is best in each row, differences to the
 * first entity, cell text, and the rows the downloads write. Generic over what is compared: the
 * regional-office view passes regencies, the panel view candidates.
 */
import type { ColumnSpec, TableRow } from '$lib/export/columns';
import { formatInteger, formatPoints, formatRupiah, MISSING } from '$lib/format';
import { isPresent, withSign } from '$lib/format/intl';
import type { Locale } from '$lib/i18n';
import { formatCell } from './table';

/** Fewer than this is no comparison: the component shows a hint instead. */
export const MIN_ENTITIES = 2;
/** More than this no longer fits side by side (nor reads as a comparison): refused with a message. */
export const MAX_ENTITIES = 6;

/** Something compared: a regency, a candidate… `key` must be unique among the entities. */
export interface ComparedEntity {
	key: string;
	name: string;
}

/** How a metric's values are written (the numeric column kinds). */
export type MetricKind = 'count' | 'percent' | 'points' | 'rupiah';

/** A row of the comparison: a metric, how to write it, and which direction is better (null: neither). */
export interface ComparedMetric {
	id: string;
	label: string;
	kind: MetricKind;
	better: 'higher' | 'lower' | null;
}

/** The value of one metric for one entity; null when there is no data (never 0). */
export type ValueOf = (entityKey: string, metricId: string) => number | null;

/** Why the entities cannot be compared as given: too few, too many, or null when they can. */
export function entityCountProblem(count: number): 'tooFew' | 'tooMany' | null {
	if (count > MAX_ENTITIES) return 'tooMany';
	if (count < MIN_ENTITIES) return 'tooFew';
	return null;
}

// Values computed as ratios of sums may differ in the last bits while meaning the same figure.
const TIE_TOLERANCE = 1e-9;

function ties(a: number, b: number): boolean {
	return Math.abs(a - b) <= TIE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * The keys holding the best value of a row: the highest (or lowest) present value, every tied
 * entity included. Nothing is best when the metric has no better direction, fewer than two
 * entities have a value (nothing to compare against), or every present value ties (nothing
 * stands out).
 * @example bestKeys([{ key: 'a', value: 3 }, { key: 'b', value: 5 }, { key: 'c', value: 5 }], 'higher') // ['b', 'c']
 */
export function bestKeys(values: readonly { key: string; value: number | null }[], better: ComparedMetric['better']): string[] {
	if (!better) return [];
	const present = values.filter((v): v is { key: string; value: number } => isPresent(v.value));
	if (present.length < 2) return [];
	const pick = better === 'higher' ? Math.max : Math.min;
	const best = pick(...present.map((v) => v.value));
	const winners = present.filter((v) => ties(v.value, best));
	return winners.length === present.length ? [] : winners.map((v) => v.key);
}

/**
 * Each entity's value minus the first entity's, for every entity after the first; null where
 * either is missing. A percent minus a percent is in percentage points (see {@link differenceKind}).
 * @example differences([45.6, 30.4, null]) // [-15.2, null] (up to float rounding)
 */
export function differences(values: readonly (number | null)[]): (number | null)[] {
	const [first, ...rest] = values;
	return rest.map((value) => (isPresent(first) && isPresent(value) ? value - first : null));
}

/** The kind a difference is written in: percent minus percent is points; the rest keep their kind. */
export function differenceKind(kind: MetricKind): MetricKind {
	return kind === 'percent' ? 'points' : kind;
}

/** A value as the comparison shows it: the data table's rules (full counts, one-decimal percents). */
export function formatValue(kind: MetricKind, value: number | null, locale: Locale = 'id'): string {
	return formatCell({ key: 'value', label: '', kind }, { value }, locale);
}

/**
 * A difference with its sign ("+1.234", "−2,5 poin", "+Rp3 miliar"): a difference of zero has
 * none. Percent differences are written as points.
 */
export function formatDifference(kind: MetricKind, value: number | null, locale: Locale = 'id'): string {
	if (!isPresent(value)) return MISSING;
	switch (differenceKind(kind)) {
		case 'points':
			return formatPoints(value, { digits: 1 }, locale);
		case 'rupiah':
			return withSign(value, formatRupiah(Math.abs(value), locale), true);
		default:
			return withSign(value, formatInteger(Math.abs(value), locale), true);
	}
}

/** One metric's row: the values in entity order, the best keys, and (for two entities) the difference. */
export interface ComparisonRow {
	metric: ComparedMetric;
	values: (number | null)[];
	best: string[];
	/** Second minus first when exactly two entities are compared; else null. */
	difference: number | null;
}

/** The comparison's rows, one per metric, in the order given. */
export function comparisonRows(
	entities: readonly ComparedEntity[],
	metrics: readonly ComparedMetric[],
	valueOf: ValueOf
): ComparisonRow[] {
	return metrics.map((metric) => {
		const values = entities.map((entity) => valueOf(entity.key, metric.id));
		const best = bestKeys(
			entities.map((entity, i) => ({ key: entity.key, value: values[i] ?? null })),
			metric.better
		);
		const difference = entities.length === 2 ? (differences(values)[0] ?? null) : null;
		return { metric, values, best, difference };
	});
}

/**
 * What the CSV and Excel downloads write: one row per entity and one column per metric. The
 * screen puts entities side by side as columns, but a download's column must hold one kind of
 * value (an Excel number format, a CSV reader's type) and a metric's values share a kind while an
 * entity's do not; the transposed table is also the tidy form other programs read directly.
 * Best marks and differences are left out: they follow from the values.
 */
export function comparisonExport(
	entities: readonly ComparedEntity[],
	metrics: readonly ComparedMetric[],
	valueOf: ValueOf,
	labels: { key: string; entity: string }
): { columns: ColumnSpec[]; rows: TableRow[] } {
	// Metric ids are prefixed so one named "key" or "name" cannot overwrite the entity's columns.
	const columnKey = (metric: ComparedMetric) => `metric_${metric.id}`;
	const columns: ColumnSpec[] = [
		{ key: 'key', label: labels.key, kind: 'code' },
		{ key: 'name', label: labels.entity, kind: 'text' },
		...metrics.map((metric) => ({ key: columnKey(metric), label: metric.label, kind: metric.kind }))
	];
	const rows = entities.map((entity) => {
		const row: TableRow = { key: entity.key, name: entity.name };
		for (const metric of metrics) row[columnKey(metric)] = valueOf(entity.key, metric.id);
		return row;
	});
	return { columns, rows };
}
