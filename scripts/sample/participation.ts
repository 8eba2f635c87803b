/**
 * The `participation` table: active, non-active, new registrations and contributions per
 * regency, month and segment. Each province's December figures (province-plan.ts) are split
 * across its regencies by weights that drift year to year (leaned on where a published fact
 * needs it: REGENCY_LEANS, BPU_PROGRAMMES), the planted declines are set, and
 * the months between two Decembers follow the national shape (January dip, 2020 trough, 2025
 * April low) of anchors.ts.
 */
import { SEGMENTS, UCJ_SEGMENTS, type Segment } from '$lib/contract/domain';
import { apportion } from './apportion';
import {
	ACTIVITY_RATIO,
	BPU_BASIC_IDR,
	BPU_JHT_IDR,
	BPU_PROGRAMMES,
	CHURN,
	CITY_CENTRES,
	PLANTED_DECLINES,
	PU_RATES,
	REGENCY_LEANS,
	type PlantedDecline
} from './anchors';
import { MONTH_COUNT, monthFactor } from './months';
import { programmeShares } from './programme-shares';
import { stream } from './prng';
import type { BySegment, ProvincePlan } from './province-plan';
import type { Regency } from './reference';
import { referenceWage } from './wages';
import type { Workforce } from './workforce';

/** Monthly series of one regency, per segment, indexed by month (0 = 2019-01). */
export interface RegencyParticipation {
	code: string;
	active: Record<Segment, Float64Array>;
	nonActive: Record<Segment, Float64Array>;
	newRegistrations: Record<Segment, Float64Array>;
	contributions: Record<Segment, Float64Array>;
}

export type Participation = Map<string, RegencyParticipation>;

/** December active per regency, year (2018–2025) and segment: whole people. */
export type RegencyDecember = Map<string, Map<number, BySegment>>;

const PLAN_YEARS = [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
const DRIFT: Readonly<Record<Segment, number>> = { PU: 0.035, BPU: 0.1, JAKON: 0.13, PMI: 0.08 };

const series = () =>
	Object.fromEntries(SEGMENTS.map((s) => [s, new Float64Array(MONTH_COUNT)])) as Record<Segment, Float64Array>;

/** Split every province's December figures across its regencies (all regencies, all years). */
export function distributeDecember(
	seed: number,
	regencies: readonly Regency[],
	workforce: Workforce,
	plan: ProvincePlan
): { december: RegencyDecember; planted: PlantedDecline[] } {
	const december: RegencyDecember = new Map(regencies.map((r) => [r.code, new Map()]));
	const byProvince = new Map<string, Regency[]>();
	for (const r of regencies) (byProvince.get(r.provinceCode) ?? byProvince.set(r.provinceCode, []).get(r.provinceCode)!).push(r);
	const planted: PlantedDecline[] = [];

	for (const [p, regs] of byProvince) {
		const base = regs.map((r) => {
			const rng = stream(seed, 'regency-weights', r.code);
			return {
				PU: rng.logNormal(0.35) * (r.kota ? 1.5 : 1) * (CITY_CENTRES.includes(r.code) ? 2 : 1),
				BPU: rng.logNormal(0.45),
				JAKON: rng.logNormal(0.5),
				PMI: rng.logNormal(0.8) * (r.kota ? 0.5 : 1)
			} as BySegment;
		});
		const walk = regs.map(() => ({ PU: 1, BPU: 1, JAKON: 1, PMI: 1 }) as BySegment);
		const driftRng = regs.map((r) => stream(seed, 'regency-drift', r.code));
		for (const year of PLAN_YEARS) {
			const wfYear = Math.min(Math.max(year, 2019), 2025);
			regs.forEach((_, i) => {
				if (year === 2018) return;
				for (const seg of SEGMENTS) walk[i]![seg] *= driftRng[i]!.logNormal(DRIFT[seg]);
			});
			const fixed = new Map<string, Partial<BySegment>>();
			for (const d of PLANTED_DECLINES) {
				if (d.year !== year || d.code.slice(0, 2) !== p) continue;
				const prev = december.get(d.code)?.get(year - 1);
				if (!prev) throw new Error(`planted decline in unknown regency ${d.code}`);
				const rng = stream(seed, 'planted', d.code, year);
				const prevTotal = UCJ_SEGMENTS.reduce((s, seg) => s + prev[seg], 0);
				const values: Partial<BySegment> = {};
				let others = 0;
				for (const seg of UCJ_SEGMENTS) {
					if (seg === d.segment) continue;
					values[seg] = Math.round(prev[seg] * (1 + rng.uniform(0, 0.012)));
					others += values[seg]!;
				}
				values[d.segment] = Math.max(Math.round(prev[d.segment] * 0.3), Math.round(prevTotal * (1 - d.fall) - others));
				fixed.set(d.code, values);
				planted.push(d);
			}
			const plannedYear = plan.get(p)!.get(year)!;
			const result = regs.map(() => ({ PU: 0, BPU: 0, JAKON: 0, PMI: 0 }) as BySegment);
			for (const seg of SEGMENTS) {
				const total = Math.round(plannedYear[seg]);
				const free: number[] = [];
				let remaining = total;
				regs.forEach((r, i) => {
					const v = fixed.get(r.code)?.[seg];
					if (v === undefined) free.push(i);
					else {
						result[i]![seg] = v;
						remaining -= v;
					}
				});
				if (remaining < 0) throw new Error(`planted declines exceed the ${seg} total of province ${p} in ${year}`);
				const weights = free.map((i) => {
					const r = regs[i]!;
					const wf = workforce.get(r.code)!.get(wfYear)!;
					const size =
						seg === 'PU' ? wf.formal : seg === 'BPU' ? wf.informal : seg === 'JAKON' ? wf.working_population : r.population;
					const programme =
						seg === 'BPU'
							? BPU_PROGRAMMES.reduce((f, b) => (b.code === r.code && year >= b.from ? f * b.boost : f), 1)
							: 1;
					const lean = seg === 'PMI' ? 1 : REGENCY_LEANS.reduce((f, l) => (l.code === r.code && year >= l.from ? f * (l.lean[seg] ?? 1) : f), 1);
					const boost = programme * lean;
					return size * base[i]![seg] * walk[i]![seg] * boost;
				});
				const parts = apportion(remaining, weights);
				free.forEach((i, k) => (result[i]![seg] = parts[k]!));
			}
			regs.forEach((r, i) => december.get(r.code)!.set(year, result[i]!));
		}
	}
	return { december, planted };
}

/** The monthly series of one regency from its December figures. */
export function monthlySeries(seed: number, code: string, dec: Map<number, BySegment>): RegencyParticipation {
	const rng = stream(seed, 'monthly', code);
	const shares = programmeShares(seed, code);
	const out: RegencyParticipation = {
		code,
		active: series(),
		nonActive: series(),
		newRegistrations: series(),
		contributions: series()
	};
	const activity = Object.fromEntries(
		SEGMENTS.map((s) => [s, Math.min(0.95, ACTIVITY_RATIO[s] * rng.logNormal(0.04))])
	) as BySegment;
	const jakonRate = 25_000 * rng.logNormal(0.12);
	const bpuBracket = rng.uniform(0, 3_000);
	for (const seg of SEGMENTS) {
		const active = out.active[seg];
		const registered = (v: number) => v / activity[seg];
		let prevRegistered = registered(dec.get(2018)![seg]);
		for (let i = 0; i < MONTH_COUNT; i++) {
			const year = 2019 + Math.floor(i / 12);
			const month = (i % 12) + 1;
			const from = dec.get(year - 1)![seg];
			const to = dec.get(year)![seg];
			const line = from + ((to - from) * month) / 12;
			const a = month === 12 ? to : Math.max(0, Math.round(line * monthFactor(seg, year, month) * (1 + rng.normal() * 0.004)));
			active[i] = a;
			const reg = registered(from) + ((registered(to) - registered(from)) * month) / 12;
			out.nonActive[seg][i] = Math.max(0, Math.round(reg - a));
			out.newRegistrations[seg][i] = Math.round(
				Math.max(0, reg - prevRegistered) + (CHURN[seg] * a * rng.logNormal(0.1)) / 12
			);
			prevRegistered = reg;
			const s = shares(seg, i);
			let perPerson: number;
			switch (seg) {
				case 'PU':
					perPerson =
						referenceWage(seed, code, year) *
						1.08 *
						(PU_RATES.JKK + PU_RATES.JKM + PU_RATES.JHT * s.JHT + PU_RATES.JP * s.JP);
					break;
				case 'BPU':
					perPerson = BPU_BASIC_IDR + BPU_JHT_IDR * s.JHT + bpuBracket;
					break;
				case 'JAKON':
					perPerson = jakonRate;
					break;
				case 'PMI':
					perPerson = 12_000;
					break;
			}
			out.contributions[seg][i] = Math.round(a * perPerson);
		}
	}
	return out;
}
