/**
 * Results: what a measure produced (samples), the entry written to results.json
 * (`{ measure, scale, unit, median, p95, target, runs }`), and the printed table.
 */
import { writeFileSync } from 'node:fs';
import { MEASURES, TARGETS, targetOf, type MeasureKey, type Scale, type Stat } from './targets';
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
}

/** A budgeted measure (name, unit and target from targets.ts). */
export function measured(key: MeasureKey, scale: Scale, samples: readonly number[], note?: string): Measured {
	const unit = TARGETS[key]?.unit ?? unitOf(key);
	return { measure: MEASURES[key], scale, unit, samples, target: targetOf(key, scale), ...(note ? { note } : {}) };
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

function statOf(m: Measured, stat: Stat): number {
	return stat === 'median' ? median(m.samples) : stat === 'p95' ? p95(m.samples) : max(m.samples);
}

/** pass, miss, or n/a (no target, or nothing measured). */
export function verdict(m: Measured): 'pass' | 'miss' | 'n/a' {
	if (!m.target || m.samples.length === 0) return 'n/a';
	return statOf(m, m.target.stat) <= m.target.max ? 'pass' : 'miss';
}

/** The results.json entry of a measure (rounded; nulls when nothing was measured). */
export function toEntry(m: Measured): ResultEntry {
	const has = m.samples.length > 0;
	return {
		measure: m.measure,
		scale: m.scale,
		unit: m.unit,
		median: has ? round(median(m.samples)) : null,
		p95: has ? round(p95(m.samples)) : null,
		target: m.target?.max ?? null,
		runs: m.samples.length,
		...(m.note ? { note: m.note } : {})
	};
}

/** Write every entry as a JSON list. */
export function writeResults(file: string, all: readonly Measured[]): void {
	writeFileSync(file, JSON.stringify(all.map(toEntry), null, '\t') + '\n');
}

/** The results as a fixed-width table, with the notes listed under it. */
export function formatTable(all: readonly Measured[]): string {
	const header = ['measure', 'scale', 'unit', 'median', 'p95', 'target', 'runs', 'result'];
	const rows = all.map((m) => {
		const e = toEntry(m);
		const target = m.target ? `≤ ${m.target.max} (${m.target.stat})` : '';
		const result = m.samples.length === 0 ? 'not measured' : verdict(m) === 'n/a' ? '' : verdict(m);
		return [e.measure, e.scale, e.unit, e.median ?? '-', e.p95 ?? '-', target, e.runs, result].map(String);
	});
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
	const line = (cells: string[]) =>
		cells.map((c, i) => (i >= 3 && i <= 6 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
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
