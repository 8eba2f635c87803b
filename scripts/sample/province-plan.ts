/**
 * December active participants per province, segment and year (people, not yet whole): the
 * national series of `anchors.ts` split across provinces so that December 2023 meets the
 * province anchors, the segments add up to the national figures every year, and each
 * province's coverage stays in the band of DOMAIN.md section 5.
 */
import { SEGMENTS, UCJ_SEGMENTS, type Segment } from '$lib/contract/domain';
import { NATIONAL_DEC, PROVINCES, UCJ_BAND, UCJ_BAND_OTHER_YEARS } from './anchors';
import { stream } from './prng';
import type { Workforce } from './workforce';

export type BySegment = Record<Segment, number>;
/** province code -> year (2018–2025) -> segment -> December active. */
export type ProvincePlan = Map<string, Map<number, BySegment>>;

const PLAN_YEARS = [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
/** Year-to-year spread of a province's path around the national one (log scale). */
const DRIFT: Readonly<Record<Segment, number>> = { PU: 0.03, BPU: 0.12, JAKON: 0.08, PMI: 0.05 };

const zero = (): BySegment => ({ PU: 0, BPU: 0, JAKON: 0, PMI: 0 });

/** Eligible workers per province and year, summed from the regencies. */
export function provinceEligible(workforce: Workforce): Map<string, Map<number, number>> {
	const out = new Map<string, Map<number, number>>();
	for (const [code, years] of workforce) {
		const p = code.slice(0, 2);
		const m = out.get(p) ?? out.set(p, new Map()).get(p)!;
		for (const [y, row] of years) m.set(y, (m.get(y) ?? 0) + row.eligible);
	}
	return out;
}

/** Iterative proportional fitting of a provinces × segments matrix to row and column sums. */
function ipf(matrix: Map<string, BySegment>, rows: Map<string, number>, cols: BySegment, rounds = 200) {
	for (let k = 0; k < rounds; k++) {
		for (const [p, v] of matrix) {
			const sum = SEGMENTS.reduce((s, seg) => s + v[seg], 0);
			const f = rows.get(p)! / sum;
			for (const seg of SEGMENTS) v[seg] *= f;
		}
		for (const seg of SEGMENTS) {
			let sum = 0;
			for (const v of matrix.values()) sum += v[seg];
			const f = cols[seg] / sum;
			for (const v of matrix.values()) v[seg] *= f;
		}
	}
}

/** Scale each segment so the provinces add up to the national December figure of `year`. */
function fitColumns(year: number, values: Map<string, BySegment>) {
	for (const seg of SEGMENTS) {
		let sum = 0;
		for (const v of values.values()) sum += v[seg];
		const f = (NATIONAL_DEC[year]![seg] * 1e6) / sum;
		for (const v of values.values()) v[seg] *= f;
	}
}

/** Build the plan for every province (national sums need them all, whatever is written). */
export function buildProvincePlan(seed: number, workforce: Workforce): ProvincePlan {
	const eligible = provinceEligible(workforce);
	const provinces = [...eligible.keys()].sort();
	const formalShare = new Map<string, number>();
	for (const p of provinces) {
		let f = 0, w = 0;
		for (const [code, years] of workforce) {
			if (!code.startsWith(p)) continue;
			f += years.get(2023)!.formal;
			w += years.get(2023)!.working_population;
		}
		formalShare.set(p, f / w);
	}

	// December 2023: the anchors, segments raked to the national 2023 split
	const n2023 = NATIONAL_DEC[2023]!;
	const total2023 = SEGMENTS.reduce((s, seg) => s + n2023[seg], 0) * 1e6;
	const targetSum = provinces.reduce((s, p) => s + PROVINCES[p]!.target2023, 0) * 1e6;
	const rows = new Map(provinces.map((p) => [p, (PROVINCES[p]!.target2023 * 1e6 * total2023) / targetSum]));
	const pmiSum = provinces.reduce((s, p) => s + PROVINCES[p]!.pmiShare, 0);
	const m2023 = new Map<string, BySegment>();
	for (const p of provinces) {
		const a = PROVINCES[p]!;
		const t = rows.get(p)!;
		const f = formalShare.get(p)!;
		m2023.set(p, {
			PU: t * 0.6 * Math.pow(f / 0.409, 0.8),
			BPU: t * 0.22 * a.bpuLean * Math.pow((1 - f) / 0.591, 0.5),
			JAKON: t * 0.17 * a.jakonLean,
			PMI: (n2023.PMI * 1e6 * a.pmiShare) / pmiSum
		});
	}
	ipf(m2023, rows, { PU: n2023.PU * 1e6, BPU: n2023.BPU * 1e6, JAKON: n2023.JAKON * 1e6, PMI: n2023.PMI * 1e6 });

	// Other years: the national path times a province random walk away from 2023
	const drift = new Map<string, Map<number, BySegment>>();
	for (const p of provinces) {
		const rng = stream(seed, 'province-drift', p);
		const d = new Map<number, BySegment>([[2023, { PU: 1, BPU: 1, JAKON: 1, PMI: 1 }]]);
		for (let y = 2024; y <= 2025; y++) {
			const prev = d.get(y - 1)!;
			const v = zero();
			for (const seg of SEGMENTS) v[seg] = prev[seg] * rng.logNormal(DRIFT[seg]);
			d.set(y, v);
		}
		for (let y = 2022; y >= 2018; y--) {
			const next = d.get(y + 1)!;
			const v = zero();
			for (const seg of SEGMENTS) v[seg] = next[seg] * rng.logNormal(DRIFT[seg]);
			d.set(y, v);
		}
		const trend = PROVINCES[p]!.trend2024;
		if (trend) for (const y of [2024, 2025]) for (const seg of UCJ_SEGMENTS) d.get(y)![seg] *= trend;
		drift.set(p, d);
	}

	const plan: ProvincePlan = new Map(provinces.map((p) => [p, new Map()]));
	for (const year of PLAN_YEARS) {
		const values = new Map<string, BySegment>();
		for (const p of provinces) {
			const base = m2023.get(p)!;
			const d = drift.get(p)!.get(year)!;
			const v = zero();
			for (const seg of SEGMENTS) v[seg] = (base[seg] * d[seg] * NATIONAL_DEC[year]![seg]) / n2023[seg];
			values.set(p, v);
		}
		if (year !== 2023) {
			fitColumns(year, values);
			holdBand(year, values, eligible);
		}
		for (const p of provinces) plan.get(p)!.set(year, values.get(p)!);
	}
	return plan;
}

/** Move provinces outside the coverage band back inside it, keeping the national sums. */
function holdBand(year: number, values: Map<string, BySegment>, eligible: Map<string, Map<number, number>>) {
	const band = year === 2024 ? UCJ_BAND : UCJ_BAND_OTHER_YEARS;
	const elYear = Math.min(Math.max(year, 2019), 2025);
	const exempt: readonly string[] = UCJ_BAND.exempt;
	for (let round = 0; round < 60; round++) {
		let moved = false;
		for (const [p, v] of values) {
			if (exempt.includes(p)) continue;
			const ucj = (100 * UCJ_SEGMENTS.reduce((s, seg) => s + v[seg], 0)) / eligible.get(p)!.get(elYear)!;
			const target = ucj < band.min ? band.min + 0.6 : ucj > band.max ? band.max - 0.6 : null;
			if (target === null) continue;
			moved = true;
			for (const seg of UCJ_SEGMENTS) v[seg] *= target / ucj;
		}
		if (!moved) return;
		fitColumns(year, values);
	}
}
