/**
 * The `workforce` table: BPS August figures apportioned to regencies by the Dukcapil population
 * of population_area.csv (DOMAIN.md section 6). National totals equal the BPS figures exactly
 * (largest remainder); the formal share leans to cities and formal provinces; eligible workers
 * are 66–78% of the working by regency, 72% nationally.
 */
import { apportion } from './apportion';
import { BPS_WORKFORCE, ELIGIBLE_SHARE, PROVINCES, YEARS } from './anchors';
import { stream } from './prng';
import type { Regency } from './reference';

/** One regency's figures for one year (people). */
export interface WorkforceRow {
	region_code: string;
	year: number;
	working_population: number;
	formal: number;
	informal: number;
	eligible: number;
}

/** Workforce per regency and year, keyed `code` then `year`. */
export type Workforce = Map<string, Map<number, WorkforceRow>>;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Bounds of a regency's eligible share, inside the 66–78% of the brief with room for rounding. */
const ELIGIBLE_BOUNDS = [0.662, 0.778] as const;

/**
 * Shift the drawn eligible shares by one common amount (each kept within bounds) so that the
 * working-weighted mean is exactly the national share: apportioning then leaves every regency
 * at its share, up to rounding.
 */
function eligibleShares(working: readonly number[], drawn: readonly number[]): number[] {
	const total = working.reduce((s, w) => s + w, 0);
	const at = (shift: number) => drawn.map((e) => clamp(e + shift, ELIGIBLE_BOUNDS[0], ELIGIBLE_BOUNDS[1]));
	let lo = -0.1, hi = 0.1;
	for (let i = 0; i < 60; i++) {
		const mid = (lo + hi) / 2;
		const mean = at(mid).reduce((s, e, k) => s + e * working[k]!, 0) / total;
		if (mean < ELIGIBLE_SHARE) lo = mid;
		else hi = mid;
	}
	return at((lo + hi) / 2);
}

/** Apportion the national BPS figures to every regency (all of them: totals are national). */
export function buildWorkforce(seed: number, regencies: readonly Regency[]): Workforce {
	const params = regencies.map((r) => {
		const rng = stream(seed, 'workforce', r.code);
		const p = PROVINCES[r.provinceCode];
		if (!p) throw new Error(`no calibration anchor for province ${r.provinceCode}`);
		return {
			employment: p.employment * rng.logNormal(0.05),
			drift: rng.normal() * 0.006,
			formal: clamp((p.formalPct / 100) * (r.kota ? 1.3 : 0.95) * rng.logNormal(0.08), 0.04, 0.8),
			eligible: clamp(p.eligibleShare + rng.normal() * 0.012, 0.667, 0.773)
		};
	});
	const out: Workforce = new Map(regencies.map((r) => [r.code, new Map()]));
	for (const year of YEARS) {
		const bps = BPS_WORKFORCE[year]!;
		const working = apportion(
			bps.working,
			regencies.map((r, i) => r.population * params[i]!.employment * (1 + params[i]!.drift * (year - 2024)))
		);
		const formalTotal = Math.round((bps.working * bps.formalPct) / 100);
		// the provincial formal shares are around 2023; a year's national share moves them all alike
		const formal = apportion(
			formalTotal,
			working.map((w, i) => w * params[i]!.formal)
		);
		const eligible = apportion(
			Math.round(bps.working * ELIGIBLE_SHARE),
			eligibleShares(working, params.map((p) => p.eligible)).map((s, i) => working[i]! * s)
		);
		regencies.forEach((r, i) => {
			const w = working[i]!;
			const f = formal[i]!;
			if (f > w) throw new Error(`formal above working in ${r.code} ${year}`);
			out.get(r.code)!.set(year, {
				region_code: r.code,
				year,
				working_population: w,
				formal: f,
				informal: w - f,
				eligible: eligible[i]!
			});
		});
	}
	return out;
}
