// @vitest-environment jsdom
/**
 * A weight change moves the drawn composite bars in place: a figure drawn by Plot for one set of
 * scores and patched to another reads exactly as the figure Plot draws for the other (tick labels,
 * bars, labels, the outline), as long as the layout (candidates, names, completeness, margin,
 * outline, language) is the same; a layout change is a new figure.
 */
import * as Plot from '@observablehq/plot';
import { describe, expect, test } from 'vitest';
import { patchScoreBars, SCORE_CLASS, scoreBarsSpec, scoreLayout, type ScoreBar } from '$lib/charts/score-bars';

const draw = (rows: ScoreBar[], selected: string | null = null, locale: 'id' | 'en' = 'id') => Plot.plot(scoreBarsSpec(rows, { document, selected, locale }));

/** What the figure shows: every tick label, bar, value label and outline, with their positions. */
function reading(figure: Element) {
	const attrs = (selector: string, names: string[]) => [...figure.querySelectorAll(selector)].map((n) => [...names.map((a) => n.getAttribute(a)), n.textContent]);
	return {
		ticks: attrs('g[aria-label="y-axis tick label"] text', ['transform']),
		bars: attrs(`g.${SCORE_CLASS.bar} rect`, ['x', 'y', 'width', 'height']),
		labels: attrs(`g.${SCORE_CLASS.value} text`, ['transform']),
		outline: attrs(`g.${SCORE_CLASS.selected} rect`, ['x', 'y', 'width', 'height'])
	};
}

// The same four candidates under two weightings: Ketapang leads, then Mempawah does (the order flips).
const BEFORE: ScoreBar[] = [
	{ key: 'a', name: 'Ketapang', composite: 79.14, rank: 1, best: 1, worst: 2 },
	{ key: 'b', name: 'Mempawah', composite: 55, rank: 2, best: 1, worst: 3 },
	{ key: 'd', name: 'Sambas', composite: 20.5, rank: 3, best: 2, worst: 3 },
	{ key: 'c', name: 'Sekadau', composite: null, rank: 4, best: 4, worst: 4 }
];
const AFTER: ScoreBar[] = [
	{ key: 'a', name: 'Ketapang', composite: 41.25, rank: 2, best: 1, worst: 3 },
	{ key: 'b', name: 'Mempawah', composite: 63.5, rank: 1, best: 1, worst: 2 },
	{ key: 'd', name: 'Sambas', composite: 41.25, rank: 2, best: 2, worst: 2 },
	{ key: 'c', name: 'Sekadau', composite: null, rank: 4, best: 4, worst: 4 }
];

describe('patchScoreBars', () => {
	test('patched to new scores, the figure reads as Plot draws them: order, ranks, lengths, labels, outline', () => {
		expect(scoreLayout(AFTER, { selected: 'a' })).toBe(scoreLayout(BEFORE, { selected: 'a' }));
		const figure = draw(BEFORE, 'a');
		patchScoreBars(figure, AFTER, { selected: 'a' });
		const fresh = reading(draw(AFTER, 'a'));
		expect(reading(figure)).toEqual(fresh);
		// Read by hand: Mempawah first, Ketapang and Sambas tied second (by name), Sekadau last without a bar.
		expect(fresh.ticks.map((t) => t.at(-1))).toEqual(['1. Mempawah', '2. Ketapang', '2. Sambas', '4. Sekadau']);
		expect(fresh.labels.map((l) => l.at(-1))).toEqual(['63,5 · peringkat 1–2', '41,3 · peringkat 1–3', '41,3 · peringkat 2', 'data tidak lengkap']);
		// Ketapang's outline sits on its bar, now in the second row.
		expect(fresh.outline[0]).toEqual(fresh.bars[1]);
	});

	test('another complete candidate selected: the outline moves to its bar', () => {
		const figure = draw(BEFORE, 'a');
		patchScoreBars(figure, AFTER, { selected: 'b' });
		expect(reading(figure)).toEqual(reading(draw(AFTER, 'b')));
		expect(reading(figure).outline[0]).toEqual(reading(figure).bars[0]);
	});

	test('random scores over the same candidates: patched equals drawn, in both languages, after several patches', () => {
		let seed = 7;
		const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296);
		const keys = ['k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8'];
		const rowsAt = (): ScoreBar[] => {
			const composites = keys.map((_, i) => (i === 5 ? null : Math.round(random() * 1000) / 10));
			const sorted = composites.filter((c): c is number => c !== null).sort((a, b) => b - a);
			return keys.map((key, i) => {
				const composite = composites[i]!;
				const rank = composite === null ? sorted.length + 1 : sorted.filter((s) => s > composite).length + 1;
				const spread = Math.floor(random() * 3);
				return { key, name: `Kabupaten ${key}`, composite, rank, best: Math.max(1, rank - spread), worst: rank + spread };
			});
		};
		for (const locale of ['id', 'en'] as const) {
			const first = rowsAt();
			const figure = draw(first, 'k2', locale);
			for (let step = 0; step < 6; step++) {
				const next = rowsAt();
				expect(scoreLayout(next, { locale, selected: 'k2' })).toBe(scoreLayout(first, { locale, selected: 'k2' }));
				patchScoreBars(figure, next, { locale, selected: 'k2' });
				expect(reading(figure)).toEqual(reading(draw(next, 'k2', locale)));
			}
		}
	});

	test('the layout changes with the candidates, their completeness, the outline or the language', () => {
		const base = scoreLayout(BEFORE, { selected: 'a' });
		expect(scoreLayout(BEFORE.slice(0, 3), { selected: 'a' })).not.toBe(base);
		expect(scoreLayout(BEFORE.map((r) => (r.key === 'c' ? { ...r, composite: 10 } : r)), { selected: 'a' })).not.toBe(base);
		// Selecting the incomplete candidate removes the outline; another complete one keeps it.
		expect(scoreLayout(BEFORE, { selected: 'c' })).not.toBe(base);
		expect(scoreLayout(BEFORE, { selected: 'b' })).toBe(base);
		expect(scoreLayout(BEFORE, { selected: 'a', locale: 'en' })).not.toBe(base);
	});
});
