/**
 * Results: what a measure produced (samples), the entry written to results.json
 * (`{ measure, scale, unit, median, p95, target, runs }`, plus `baseline`, `ratio` and
 * `targetRatio` for a measure compared with the baseline page), and the printed table.
 */
import { writeFileSync } from 'node:fs';
import { MEASURES, RATIOS, TARGETS, targetOf, type MeasureKey, type RatioTarget, type Scale, type Stat } from './targets';
import { max, median, p95 } from './stats';

/** One measure at one scale, as taken: raw samples, or none and a note saying why. */
export interface Measured {
	readonly measure: string;
	readonly scale: Scale;
	readonly unit: string;
	readonly samples: readonly number[];
	readonly target: { readonly max: number; readonly stat: Stat } | null;
	/** Why nothing (or something partial) was measured, or how it was taken when it matters. */
	readonly note?: string;
	/** The same measure on the baseline page in the same run, and the ratio it is held to. */
	readonly baseline?: { readonly samples: readonly number[]; readonly ratio: RatioTarget };
}

/** An entry of results.json. `median`/`p95` are null when the measure could not be taken. */
export interface ResultEntry {
	readonly measure: string;
	readonly scale: Scale;
	readonly unit: string;
	readonly median: number | null;
	readonly p95: number | null;
	readonly target: number | null;
	readonly runs: number;
	readonly note?: string;
	/** The baseline page's figures (compared measures only; nulls when it was not measured). */
	readonly baseline?: { readonly median: number | null; readonly p95: number | null; readonly runs: number };
	/** Cakupan's judged statistic ÷ the baseline's (the statistic is `ratioStat`); null when either is missing. */
	readonly ratio?: number | null;
	readonly ratioStat?: Stat;
	/** The ratio the measure is held to, or null when the issue sets none. */
	readonly targetRatio?: number | null;
}

/** A budgeted measure (name, unit and target from targets.ts). */
export function measured(key: MeasureKey, scale: Scale, samples: readonly number[], note?: string): Measured {
	const unit = TARGETS[key]?.unit ?? unitOf(key);
	return { measure: MEASURES[key], scale, unit, samples, target: targetOf(key, scale), ...(note ? { note } : {}) };
}

/** `m` with the baseline page's samples of the same measure (it must be in RATIOS). */
export function withBaseline(m: Measured, key: MeasureKey, samples: readonly number[]): Measured {
	const ratio = RATIOS[key];
	if (!ratio) throw new Error(`${key} is not compared with the baseline (targets.ts RATIOS)`);
	return { ...m, baseline: { samples, ratio } };
}

/** A measure without a budget (byte totals, per-query timings). */
export function unbudgeted(measure: string, scale: Scale, unit: string, samples: readonly number[], note?: string): Measured {
	return { measure, scale, unit, samples, target: null, ...(note ? { note } : {}) };
}

function unitOf(key: MeasureKey): string {
	return key.startsWith('bytes') ? 'MB' : 'ms';
}

/** Round for display and JSON: 2 significant decimals below 10, 1 below 100, whole above. */
export function round(value: number): number {
	if (!Number.isFinite(value)) return value;
	const abs = Math.abs(value);
	const digits = abs < 10 ? 2 : abs < 100 ? 1 : 0;
	return Number(value.toFixed(digits));
}

function statOf(samples: readonly number[], stat: Stat): number {
	return stat === 'median' ? median(samples) : stat === 'p95' ? p95(samples) : max(samples);
}

/** pass, miss, or n/a (no target, or nothing measured). */
export function verdict(m: Measured): 'pass' | 'miss' | 'n/a' {
	if (!m.target || m.samples.length === 0) return 'n/a';
	return statOf(m.samples, m.target.stat) <= m.target.max ? 'pass' : 'miss';
}

/** Cakupan's statistic ÷ the baseline's, unrounded; null when either side has no samples. */
export function ratioOf(m: Measured): number | null {
	if (!m.baseline || m.samples.length === 0 || m.baseline.samples.length === 0) return null;
	const base = statOf(m.baseline.samples, m.baseline.ratio.stat);
	return base > 0 ? statOf(m.samples, m.baseline.ratio.stat) / base : null;
}

/** pass, miss, or n/a (not compared, no ratio target, or a side not measured). */
export function ratioVerdict(m: Measured): 'pass' | 'miss' | 'n/a' {
	const ratio = ratioOf(m);
	if (ratio === null || m.baseline?.ratio.max == null) return 'n/a';
	return ratio <= m.baseline.ratio.max ? 'pass' : 'miss';
}

/** The results.json entry of a measure (rounded; nulls when nothing was measured). */
export function toEntry(m: Measured): ResultEntry {
	const has = m.samples.length > 0;
	const entry: ResultEntry = {
		measure: m.measure,
		scale: m.scale,
		unit: m.unit,
		median: has ? round(median(m.samples)) : null,
		p95: has ? round(p95(m.samples)) : null,
		target: m.target?.max ?? null,
		runs: m.samples.length,
		...(m.note ? { note: m.note } : {})
	};
	if (!m.baseline) return entry;
	const base = m.baseline.samples;
	const ratio = ratioOf(m);
	return {
		...entry,
		baseline: { median: base.length ? round(median(base)) : null, p95: base.length ? round(p95(base)) : null, runs: base.length },
		ratio: ratio === null ? null : round(ratio),
		ratioStat: m.baseline.ratio.stat,
		targetRatio: m.baseline.ratio.max
	};
}

/** Write every entry as a JSON list. */
export function writeResults(file: string, all: readonly Measured[]): void {
	writeFileSync(file, JSON.stringify(all.map(toEntry), null, '\t') + '\n');
}

/** The results as a fixed-width table, with the notes listed under it. */
export function formatTable(all: readonly Measured[]): string {
	const header = ['measure', 'scale', 'unit', 'median', 'p95', 'target', 'runs', 'base med', 'base p95', 'ratio', 'target ratio', 'result'];
	const rows = all.map((m) => {
		const e = toEntry(m);
		const target = m.target ? `≤ ${m.target.max} (${m.target.stat})` : '';
		const results = [
			m.samples.length === 0 ? 'not measured' : verdict(m) === 'n/a' ? '' : verdict(m),
			ratioVerdict(m) === 'n/a' ? '' : `ratio ${ratioVerdict(m)}`
		].filter(Boolean);
		const ratioTarget = e.targetRatio == null ? '' : `≤ ${e.targetRatio}× (${e.ratioStat})`;
		const ratio = e.ratio == null ? (m.baseline ? '-' : '') : `${e.ratio}×`;
		const base = (v: number | null | undefined) => (m.baseline ? String(v ?? '-') : '');
		return [e.measure, e.scale, e.unit, e.median ?? '-', e.p95 ?? '-', target, e.runs, base(e.baseline?.median), base(e.baseline?.p95), ratio, ratioTarget, results.join(', ')].map(String);
	});
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
	const numeric = new Set([3, 4, 6, 7, 8, 9]);
	const line = (cells: string[]) =>
		cells.map((c, i) => (numeric.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
	const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
	// One line per note and scale: a skipped scale gives every measure the same note.
	const notes = new Map<string, string[]>();
	for (const m of all) if (m.note) notes.set(`${m.scale}\0${m.note}`, [...(notes.get(`${m.scale}\0${m.note}`) ?? []), m.measure]);
	const lines = [...notes].map(([key, measures]) => {
		const [scale, note] = key.split('\0');
		return `  [${scale}] ${measures.length > 2 ? `${measures.length} measures` : measures.join(', ')}: ${note}`;
	});
	if (lines.length) out.push('', 'Notes:', ...lines);
	return out.join('\n');
}
