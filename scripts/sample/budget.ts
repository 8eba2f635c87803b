/**
 * The `regional_budget` table: APBD paying contributions of vulnerable workers (part of the
 * BPU of the region) and of non-civil-servant staff (Inpres 2/2021), per province and regency
 * and year. Scaled so regional governments pay for about 1.2 M vulnerable workers in 2022
 * (DOMAIN.md section 1); Penajam Paser Utara's 2025 budget is the published one.
 */
import { NAMED_BUDGETS, REGENCY_POLICY_LEANS, REGIONAL_VULNERABLE_2022, VILLAGE_PROGRAMME_START, YEARS } from './anchors';
import { stream } from './prng';
import type { BySegment, ProvincePlan } from './province-plan';
import type { Regency } from './reference';
import { APBDES_YEARLY_IDR } from './villages';
import { referenceWage } from './wages';

export interface BudgetRow {
	region_code: string;
	year: number;
	vulnerable_idr: number;
	vulnerable_people: number;
	non_asn_idr: number;
	non_asn_people: number;
}

/** Most of a regency's December BPU its own budget pays for; a province pays less. */
const CAP = { regency: 0.55, province: 0.1 } as const;

/** Budget in whole millions of rupiah, as APBD lines are written. */
const millions = (idr: number) => Math.ceil(idr / 1e6) * 1e6;

/**
 * Budgets for every province and regency (all of them: the 2022 scale is national).
 * `forcedFrom` names regencies known to pay since a year (the seeds' regency candidates).
 */
export function buildRegionalBudget(
	seed: number,
	provinceCodes: readonly string[],
	regencies: readonly Regency[],
	december: Map<string, Map<number, BySegment>>,
	plan: ProvincePlan,
	forcedFrom: ReadonlyMap<string, number>
): BudgetRow[] {
	const startYears = Object.keys(VILLAGE_PROGRAMME_START).map(Number);
	const startWeights = startYears.map((y) => VILLAGE_PROGRAMME_START[y]!);
	const nonAsnWeights = [0.1, 0.05, 0.35, 0.25, 0.1, 0.05, 0.02];
	interface Draft {
		code: string;
		level: keyof typeof CAP;
		bpu: (year: number) => number;
		start: number;
		share: number;
		nonAsnStart: number;
		nonAsnPeople: number;
		population: number;
	}
	const drafts: Draft[] = [];
	const draft = (code: string, level: keyof typeof CAP, population: number, bpu: (y: number) => number) => {
		const rng = stream(seed, 'budget', code);
		const pays = rng.chance(level === 'province' ? 0.8 : 0.85);
		const start = rng.weighted(startYears, startWeights);
		const share = level === 'province' ? rng.uniform(0.02, 0.08) : rng.uniform(0.12, 0.45);
		const paysNonAsn = rng.chance(0.93);
		const nonAsnStart = rng.weighted(startYears, nonAsnWeights);
		// seed 003's winners insure more non-civil-servant staff (REGENCY_POLICY_LEANS)
		const lean = level === 'regency' ? (REGENCY_POLICY_LEANS[code]?.nonAsnLean ?? 1) : 1;
		const nonAsnPeople = Math.round((level === 'province' ? 3 : 1) * lean * (300 + Math.sqrt(population) * rng.uniform(2, 6)));
		const forced = forcedFrom.get(code);
		drafts.push({
			code,
			level,
			bpu,
			start: forced !== undefined ? Math.min(forced, pays ? start : forced) : pays ? start : 9999,
			share,
			nonAsnStart: paysNonAsn || forced !== undefined ? nonAsnStart : 9999,
			nonAsnPeople,
			population
		});
	};
	for (const p of provinceCodes) {
		const pop = regencies.filter((r) => r.provinceCode === p).reduce((s, r) => s + r.population, 0);
		draft(p, 'province', pop, (y) => plan.get(p)!.get(y)!.BPU);
	}
	for (const r of regencies) draft(r.code, 'regency', r.population, (y) => december.get(r.code)!.get(y)!.BPU);

	const people = (d: Draft, year: number, k: number) => {
		if (year < d.start) return 0;
		const ramp = year === d.start ? 0.5 : 1;
		return Math.floor(d.bpu(year) * Math.min(CAP[d.level], d.share * ramp * k));
	};
	// one factor for every year, so that 2022 meets the published 1.2 M
	let lo = 0.1, hi = 10;
	for (let i = 0; i < 60; i++) {
		const mid = (lo + hi) / 2;
		const total = drafts.reduce((s, d) => s + people(d, 2022, mid), 0);
		if (total < REGIONAL_VULNERABLE_2022) lo = mid;
		else hi = mid;
	}
	const k = (lo + hi) / 2;

	const rows: BudgetRow[] = [];
	for (const d of drafts) {
		for (const year of YEARS) {
			const named = NAMED_BUDGETS.find((b) => b.code === d.code && b.year === year);
			const vp = named ? named.vulnerablePeople : people(d, year, k);
			const nonAsn = year >= d.nonAsnStart ? Math.round(d.nonAsnPeople * Math.pow(1.04, year - d.nonAsnStart)) : 0;
			// JKK + JKM for non-civil-servant staff: 0.54% of a minimum-wage-like pay
			const wageCode = d.level === 'province' ? regencies.find((r) => r.provinceCode === d.code)!.code : d.code;
			const nonAsnMonthly = Math.round(0.0054 * referenceWage(seed, wageCode, year));
			rows.push({
				region_code: d.code,
				year,
				vulnerable_idr: named ? named.vulnerableIdr : millions(vp * APBDES_YEARLY_IDR),
				vulnerable_people: vp,
				non_asn_idr: millions(nonAsn * nonAsnMonthly * 12),
				non_asn_people: nonAsn
			});
		}
	}
	return rows;
}
