/**
 * Property test of the exact decomposition (`lib/metrics/decomposition.ts`) over the built
 * sample as the browser reads it (DuckDB-WASM over the site's database file): for EVERY regency
 * and several months (a December and other months; 2019 has no year before), the segment parts
 * plus the workforce effect add up to `coverageChangePts` within 1e-9 points and the segments'
 * participant changes to the total exactly; by place, every province's regencies add up to the
 * province's own change (its row of `area_monthly`), and every Kanwil's regencies add up to the
 * Kanwil's change, the Kanwil's sums built here by an independent GROUP BY over `regions.kanwil`.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { KANWIL_IDS } from '$lib/contract/domain';
import type { NodeDb } from '$lib/data/node';
import { coverageChange, participantChange, placeContributions } from '$lib/metrics';
import { childMonthly, type MonthlySums } from '$lib/queries/monthly';
import { indexMonths, sumsAt, type MonthIndex } from '$lib/views/common/months';
import { siteDb } from './setup';

const MONTHS = ['2025-12', '2024-06', '2022-12', '2020-03', '2023-01'] as const;
const TOLERANCE = 1e-9; // points, absolute

let db: NodeDb;
let provinces: MonthIndex;
/** Each province's regencies, indexed, by province code. */
const regencies = new Map<string, MonthIndex>();
let regencyCodes: string[];

beforeAll(async () => {
	db = await siteDb();
	const provinceRows = await db.query<MonthlySums & Record<string, unknown>>(childMonthly({ area: 'ID' }));
	provinces = indexMonths(provinceRows);
	for (const pp of provinces.keys()) {
		regencies.set(pp, indexMonths(await db.query<MonthlySums & Record<string, unknown>>(childMonthly({ area: pp }))));
	}
	regencyCodes = [...regencies.values()].flatMap((index) => [...index.keys()]);
}, 120_000);

test('the sample has every regency and province', () => {
	expect(regencyCodes).toHaveLength(514);
	expect(new Set(regencyCodes).size).toBe(514);
	expect(provinces.size).toBe(38);
});

describe.each(MONTHS)('%s against a year earlier', (month) => {
	test('every regency: segments add up to the participant change exactly, and with the workforce effect to coverageChangePts within 1e-9', () => {
		let fell = 0;
		let workforceMoved = 0;
		const failures: string[] = [];
		for (const index of regencies.values()) {
			for (const code of index.keys()) {
				const s = sumsAt(index, code, month);
				const p = participantChange(s);
				const c = coverageChange(s);
				if (!p || !c) {
					failures.push(`${code}: no decomposition`);
					continue;
				}
				if (p.segments.PU + p.segments.BPU + p.segments.JAKON !== p.total) failures.push(`${code}: segments ≠ participant total`);
				if (p.total !== s.active_ucj! - s.active_ucj_prev!) failures.push(`${code}: participant total ≠ Δactive_ucj`);
				if (p.pmi !== s.active_pmi! - s.active_pmi_prev!) failures.push(`${code}: PMI`);
				// The total checked against the ratio written out here, not only the module's own sum.
				const direct = 100 * (s.active_ucj! / s.eligible! - s.active_ucj_prev! / s.eligible_prev!);
				if (Math.abs(c.total - direct) > TOLERANCE) failures.push(`${code}: total ${c.total} ≠ ${direct}`);
				const parts = c.segments.PU + c.segments.BPU + c.segments.JAKON + c.workforce;
				if (!(Math.abs(parts - c.total) <= TOLERANCE)) failures.push(`${code}: parts ${parts} ≠ total ${c.total}`);
				if (c.total < 0) fell++;
				if (c.workforce !== 0) workforceMoved++;
			}
		}
		expect(failures).toEqual([]);
		// Not a vacuous pass: some regencies fell and the workforce moved almost everywhere.
		expect(fell).toBeGreaterThan(0);
		expect(workforceMoved).toBeGreaterThan(400);
	});

	test("every province: its regencies' contributions add up to the province's change", () => {
		const failures: string[] = [];
		for (const [pp, index] of regencies) {
			const area = sumsAt(provinces, pp, month);
			const places = [...index.keys()].map((code) => sumsAt(index, code, month));
			const parts = placeContributions(area, places);
			const total = coverageChange(area);
			const people = participantChange(area);
			if (!parts || !total || !people) {
				failures.push(`${pp}: no decomposition`);
				continue;
			}
			if (parts.reduce((n, x) => n + x.participants, 0) !== people.total) failures.push(`${pp}: participants`);
			const sum = parts.reduce((n, x) => n + x.points, 0);
			if (!(Math.abs(sum - total.total) <= TOLERANCE)) failures.push(`${pp}: places ${sum} ≠ ${total.total}`);
			// The two parts are each exact too: activity sums to the segments, workforce to the area's workforce effect.
			const activity = parts.reduce((n, x) => n + x.activity, 0);
			const workforce = parts.reduce((n, x) => n + x.workforce, 0);
			if (!(Math.abs(activity - (total.segments.PU + total.segments.BPU + total.segments.JAKON)) <= TOLERANCE)) failures.push(`${pp}: activity`);
			if (!(Math.abs(workforce - total.workforce) <= TOLERANCE)) failures.push(`${pp}: workforce`);
		}
		expect(failures).toEqual([]);
		expect(regencies.size).toBe(38);
	});

	test("every Kanwil: its regencies' contributions add up to the Kanwil's change (sums from regions.kanwil)", async () => {
		// The Kanwil's sums, built independently of the code under test: regencies grouped by their office.
		const kanwilRows = await db.query<MonthlySums & Record<string, unknown>>({
			text: `SELECT r.kanwil AS code, m.month,
			         sum(m.active_ucj) AS active_ucj, sum(m.active_pu) AS active_pu, sum(m.active_bpu) AS active_bpu,
			         sum(m.active_jakon) AS active_jakon, sum(m.active_pmi) AS active_pmi, sum(m.eligible) AS eligible
			       FROM area_monthly AS m JOIN regions AS r ON r.code = m.code AND r.level = 'regency'
			       WHERE m.month IN (?, ?)
			       GROUP BY r.kanwil, m.month`,
			params: [month, `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`]
		});
		const membership = await db.query<{ code: string; kanwil: string }>({
			text: `SELECT code, kanwil FROM regions WHERE level = 'regency'`,
			params: []
		});
		const kanwils = indexMonths(kanwilRows);
		expect([...kanwils.keys()].sort()).toEqual([...KANWIL_IDS].sort());
		const regencyIndex = new Map([...regencies.values()].flatMap((index) => [...index]));
		const failures: string[] = [];
		for (const kanwil of KANWIL_IDS) {
			const area = sumsAt(kanwils, kanwil, month);
			const codes = membership.filter((m) => m.kanwil === kanwil).map((m) => m.code);
			const places = codes.map((code) => sumsAt(regencyIndex, code, month));
			const parts = placeContributions(area, places);
			const total = coverageChange(area);
			const people = participantChange(area);
			if (!parts || !total || !people) {
				failures.push(`${kanwil}: no decomposition`);
				continue;
			}
			if (parts.reduce((n, x) => n + x.participants, 0) !== people.total) failures.push(`${kanwil}: participants`);
			const sum = parts.reduce((n, x) => n + x.points, 0);
			if (!(Math.abs(sum - total.total) <= TOLERANCE)) failures.push(`${kanwil}: places ${sum} ≠ ${total.total}`);
		}
		expect(failures).toEqual([]);
		expect(membership).toHaveLength(514);
	});
});
