/**
 * Prints bench/results.json as a Markdown table (measure, then median / p95 / target per
 * scale), for README's Performance section: `npx tsx bench/markdown.ts`.
 */
import { readFileSync } from 'node:fs';

interface Result {
	measure: string;
	scale: string;
	unit: string;
	median: number | null;
	p95: number | null;
	target: number | null;
	runs: number;
}

const results = JSON.parse(readFileSync(new URL('./results.json', import.meta.url), 'utf8')) as Result[];
const scales = [...new Set(results.map((r) => r.scale))];
const measures = [...new Set(results.filter((r) => r.target !== null).map((r) => r.measure))];
const fmt = (v: number | null) => (v === null ? '–' : v >= 100 ? String(Math.round(v)) : String(Number(v.toPrecision(3))));

const lines = [
	`| measure | ${scales.map((s) => `${s}: median / p95 (target)`).join(' | ')} |`,
	`|---|${scales.map(() => '---').join('|')}|`
];
for (const measure of measures) {
	const cells = scales.map((scale) => {
		const r = results.find((x) => x.measure === measure && x.scale === scale);
		if (!r) return '–';
		const target = r.target === null ? '' : ` (${fmt(r.target)})`;
		return `${fmt(r.median)} / ${fmt(r.p95)} ${r.unit}${target}`;
	});
	lines.push(`| ${measure} | ${cells.join(' | ')} |`);
}
console.log(lines.join('\n'));
