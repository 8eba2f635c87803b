// Class breaks, colours and legend of the choropleth, against expectations worked out by hand
// in the comments (the round step, the class of each value).
import { describe, expect, test } from 'vitest';
import {
	classify,
	classLabel,
	classOf,
	colourOf,
	DIVERGING,
	legend,
	NO_DATA_COLOUR,
	OVER_100_COLOUR,
	SEQUENTIAL
} from '$lib/charts/choropleth';

describe('sequential coverage classes', () => {
	// 12 … 87: step 20 gives 0–100 in 5 classes (step 10: 10–90, 8 classes; step 25: 4 classes).
	const values = [12, 35, 58, 87, 40, null];
	const classes = classify(values, { capAt100: true });

	test('round breaks from the data range, five classes', () => {
		expect(classes.breaks).toEqual([0, 20, 40, 60, 80, 100]);
		expect(classes.step).toBe(20);
		expect(classes.over100).toBe(false);
		expect(classes.colours).toEqual(['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494']);
	});

	test('a value on a break belongs to the class above it; the top value to the last class', () => {
		expect([12, 35, 58, 87, 40, 20, 0, 100].map((v) => classOf(v, classes))).toEqual([0, 1, 2, 4, 2, 1, 0, 4]);
		expect(classOf(null, classes)).toBe('nodata');
		expect(classOf(Number.NaN, classes)).toBe('nodata');
	});

	test('colours follow the class; no data has none (hatched)', () => {
		expect(colourOf(58, classes)).toBe('#41b6c4');
		expect(colourOf(null, classes)).toBeNull();
	});

	test('legend: ranges low to high with Indonesian labels and counts, then no data', () => {
		expect(legend(classes, values)).toEqual([
			{ key: 0, kind: 'range', label: '0–20%', colour: '#ffffcc', count: 1 },
			{ key: 1, kind: 'range', label: '20–40%', colour: '#a1dab4', count: 1 },
			{ key: 2, kind: 'range', label: '40–60%', colour: '#41b6c4', count: 2 },
			{ key: 3, kind: 'range', label: '60–80%', colour: '#2c7fb8', count: 0 },
			{ key: 4, kind: 'range', label: '80–100%', colour: '#253494', count: 1 },
			{ key: 'nodata', kind: 'nodata', label: 'Tidak ada data', colour: NO_DATA_COLOUR, count: 1 }
		]);
		expect(legend(classes, values, { locale: 'en' }).at(-1)!.label).toBe('No data');
	});
});

describe('above 100 %', () => {
	// 41.5, 47.2, 58.0 shape the breaks (104.2 and 130 do not): step 5 -> 40–60 is 4 classes,
	// step 2.5 -> 40–60 is 8, step 10 -> 40–60 is 2: step 5, four classes.
	const values = [41.5, 47.2, 58.0, 104.2, 130, null];
	const classes = classify(values, { capAt100: true });

	test('values above 100 have their own class and do not stretch the ranges', () => {
		expect(classes.breaks).toEqual([40, 45, 50, 55, 60]);
		expect(classes.over100).toBe(true);
		expect(values.map((v) => classOf(v, classes))).toEqual([0, 1, 3, 'over100', 'over100', 'nodata']);
		expect(colourOf(104.2, classes)).toBe(OVER_100_COLOUR);
		expect(classOf(100, classes)).toBe(3); // exactly 100 is not above it
	});

	test('legend has the over-100 class between the ranges and no data', () => {
		const entries = legend(classes, values);
		expect(entries.map((e) => [e.kind, e.label, e.count])).toEqual([
			['range', '40–45%', 1],
			['range', '45–50%', 1],
			['range', '50–55%', 0],
			['range', '55–60%', 1],
			['over100', 'di atas 100%', 2],
			['nodata', 'Tidak ada data', 1]
		]);
		expect(classLabel(130, entries, classes)).toBe('di atas 100%');
		expect(classLabel(47.2, entries, classes)).toBe('45–50%');
	});

	test('without capAt100 a value above 100 is an ordinary value', () => {
		const open = classify([41.5, 130], {});
		expect(open.over100).toBe(false);
		// span 88.5: step 20 -> 40–140, 5 classes
		expect(open.breaks).toEqual([40, 60, 80, 100, 120, 140]);
		expect(classOf(130, open)).toBe(4);
	});

	test('a step of 2.5 when 5 would leave only three classes', () => {
		// 41.5 … 55: step 5 -> 40–55, 3 classes; step 2.5 -> 40–55, 6 classes; step 2 -> 40–56, 8
		const classes = classify([41.5, 55], { capAt100: true });
		expect(classes.breaks).toEqual([40, 42.5, 45, 47.5, 50, 52.5, 55]);
		expect(legend(classes, [41.5, 55]).map((e) => e.label).slice(0, 2)).toEqual(['40,0–42,5%', '42,5–45,0%']);
		expect(classOf(55, classes)).toBe(5);
	});

	test('the ranges stop at 100 when the data reaches it', () => {
		// 3 … 99.5: step 20 -> 0–100, 5 classes
		expect(classify([3, 99.5, 250], { capAt100: true }).breaks).toEqual([0, 20, 40, 60, 80, 100]);
	});
});

describe('diverging changes', () => {
	test('symmetric round breaks around 0, PuOr colours, signed labels', () => {
		// largest magnitude 7.3: step 2.5 -> ceil(2.92) = 3 classes a side, −7,5 … 7,5
		const values = [-7.3, -1.2, 0, 0.4, 3.9, null];
		const classes = classify(values, { diverging: true });
		expect(classes.breaks).toEqual([-7.5, -5, -2.5, 0, 2.5, 5, 7.5]);
		expect(classes.colours).toEqual(DIVERGING[6]);
		// 0 belongs to the class above it, the first increase
		expect(values.map((v) => classOf(v, classes))).toEqual([0, 2, 3, 3, 4, 'nodata']);
		expect(legend(classes, values, { unit: 'points' }).map((e) => e.label)).toEqual([
			'−7,5 – −5,0 poin',
			'−5,0 – −2,5 poin',
			'−2,5 – 0,0 poin',
			'0,0–2,5 poin',
			'2,5–5,0 poin',
			'5,0–7,5 poin',
			'Tidak ada data'
		]);
	});

	test('two classes a side when the round step fits so', () => {
		// largest magnitude 18: step 10 -> 2 a side (step 5 -> 4 a side, too many)
		const classes = classify([-18, 4, 12], { diverging: true });
		expect(classes.breaks).toEqual([-20, -10, 0, 10, 20]);
		expect(classes.colours).toEqual(DIVERGING[4]);
		expect(legend(classes, [-18, 4, 12], { unit: 'percent', locale: 'en' }).map((e) => e.label).slice(0, 4)).toEqual([
			'−20 – −10%',
			'−10 – 0%',
			'0–10%',
			'10–20%'
		]);
	});

	test('capAt100 has no effect on a diverging metric', () => {
		expect(classify([-150, 120], { diverging: true, capAt100: true }).over100).toBe(false);
	});
});

describe('edge cases', () => {
	test('no value at all: only the no-data class', () => {
		const classes = classify([null, null], { capAt100: true });
		expect(classes.breaks).toEqual([]);
		expect(classOf(50, classes)).toBe('nodata');
		expect(legend(classes, [null, null]).map((e) => [e.kind, e.count])).toEqual([['nodata', 2]]);
	});

	test('one value: still round breaks around it', () => {
		// 37 alone: span widened to 37–40.7; step 1 -> 37–41, 4 classes
		const classes = classify([37], {});
		expect(classes.breaks).toEqual([37, 38, 39, 40, 41]);
		expect(classOf(37, classes)).toBe(0);
	});

	test('the scheme has a colour for every class count it is given', () => {
		for (const n of [1, 2, 3, 4, 5, 6]) expect(SEQUENTIAL[n]).toHaveLength(n);
		for (const n of [2, 4, 6]) expect(DIVERGING[n]).toHaveLength(n);
	});
});
