/**
 * Prints bench/results.json as a Markdown table for README's Performance section:
 * `npx tsx bench/markdown.ts [results.json]`. Per scale: Cakupan's median / p95 (target), and
 * for the measures compared with the baseline page, its median / p95 and the ratio (the
 * judged statistic's, with the target ratio). The `/kantor/` measures (issue 9) are rows like
 * the others.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface Result {
	measure: string;
	scale: string;
	unit: string;
	median: number | null;
	p95: number | null;
	target: number | null;
	runs: number;
	baseline?: { median: number | null; p95: number | null };
	ratio?: number | null;
	ratioStat?: string;
	targetRatio?: number | null;
}

const file = process.argv[2] ? resolve(process.argv[2]) : new URL('./results.json', import.meta.url);
const results = JSON.parse(readFileSync(file, 'utf8')) as Result[];
const scales = [...new Set(results.map((r) => r.scale))];
// Budgeted or compared measures; `/kantor/`'s always (its cold and warm rows are judged by ratio
// only, so without the baseline they would otherwise drop out of the table).
const measures = [...new Set(results.filter((r) => r.target !== null || r.baseline || r.measure.startsWith('kantor ')).map((r) => r.measure))];
const fmt = (v: number | null | undefined) => (v == null ? '–' : v >= 100 ? String(Math.round(v)) : String(Number(v.toPrecision(3))));

const lines = [
	`| measure | ${scales.map((s) => `${s}: median / p95 (target) | ${s}: baseline median / p95 | ${s}: ratio (target)`).join(' | ')} |`,
	`|---|${scales.map(() => '---|---|---').join('|')}|`
];
for (const measure of measures) {
	const cells = scales.flatMap((scale) => {
		const r = results.find((x) => x.measure === measure && x.scale === scale);
		if (!r) return ['–', '–', '–'];
		const target = r.target === null ? '' : ` (${fmt(r.target)})`;
		const base = r.baseline ? `${fmt(r.baseline.median)} / ${fmt(r.baseline.p95)} ${r.unit}` : '';
		const ratioTarget = r.targetRatio == null ? '' : ` (≤ ${fmt(r.targetRatio)})`;
		const ratio = r.baseline ? `${r.ratio == null ? '–' : `${fmt(r.ratio)}×`} ${r.ratioStat ?? ''}${ratioTarget}`.trim() : '';
		return [`${fmt(r.median)} / ${fmt(r.p95)} ${r.unit}${target}`, base, ratio];
	});
	lines.push(`| ${measure} | ${cells.join(' | ')} |`);
}
console.log(lines.join('\n'));
