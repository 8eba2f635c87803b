/**
 * The metric formulas of DOMAIN.md section 2, one function each, named by the metric id. Every
 * view, scorecard and export computes its figures through these: SQL only counts (sums of
 * active participants and workforce over an area), these turn the sums into ratios, so a ratio
 * is always a ratio of sums, never a mean of regional ratios.
 *
 * A figure that cannot be computed (a zero or missing denominator) is `null`, never 0,
 * Infinity or NaN: the screen shows "–" and the export an empty cell. Coverage above 100 % is
 * returned as it is (DOMAIN.md: show it, flag it, never clip it).
 */

/** A count or null where the data has none. */
export type Count = number | null | undefined;

function ratioPct(numerator: Count, denominator: Count): number | null {
	if (numerator == null || denominator == null || !Number.isFinite(numerator) || !Number.isFinite(denominator)) return null;
	if (denominator <= 0) return null;
	return (numerator / denominator) * 100;
}

/**
 * Coverage rate (Universal Coverage Jamsostek), in percent: active PU + BPU + JAKON over eligible
 * workers (BPS August of the same calendar year). PMI never enter it (DOMAIN.md section 2).
 * @example ucj({ activeUcj: 56_100, eligible: 110_000 }) // 51
 */
export function ucj({ activeUcj, eligible }: { activeUcj: Count; eligible: Count }): number | null {
	return ratioPct(activeUcj, eligible);
}

/** The same numerator over all working people (BPS August), in percent: about 1.35 × lower than `ucj`. */
export function ucjNaive({ activeUcj, workingPopulation }: { activeUcj: Count; workingPopulation: Count }): number | null {
	return ratioPct(activeUcj, workingPopulation);
}

/** Active wage earners (PU) over BPS formal workers, in percent. */
export function formalPenetration({ activePu, formal }: { activePu: Count; formal: Count }): number | null {
	return ratioPct(activePu, formal);
}

/** Active non-wage participants (BPU) over BPS informal workers, in percent (RPJMN "cakupan kepesertaan PBPU"). */
export function informalPenetration({ activeBpu, informal }: { activeBpu: Count; informal: Count }): number | null {
	return ratioPct(activeBpu, informal);
}

/**
 * Year-over-year change of active participants, in percent: the same month a year earlier
 * (December against December by default), never a month against the previous December.
 * @example growth({ active: 56_700, activeYearBefore: 52_500 }) // 8
 */
export function growth({ active, activeYearBefore }: { active: Count; activeYearBefore: Count }): number | null {
	if (active == null || activeYearBefore == null) return null;
	const pct = ratioPct(active - activeYearBefore, activeYearBefore);
	return pct;
}

/** Coverage now minus coverage a year earlier, in percentage points. */
export function coverageChangePts({ ucjNow, ucjYearBefore }: { ucjNow: number | null; ucjYearBefore: number | null }): number | null {
	if (ucjNow == null || ucjYearBefore == null) return null;
	return ucjNow - ucjYearBefore;
}

/**
 * Coverage over the province's Kemendagri target, in percent (100 = target met). A regency is
 * measured against its province's target; always on the eligible denominator.
 */
export function targetAttainment({ ucjNow, targetPct }: { ucjNow: number | null; targetPct: Count }): number | null {
	if (ucjNow == null) return null;
	return ratioPct(ucjNow, targetPct);
}

/** One segment's share of active participants (of the segments in `total`), in percent. */
export function segmentShare({ activeSegment, activeTotal }: { activeSegment: Count; activeTotal: Count }): number | null {
	return ratioPct(activeSegment, activeTotal);
}

/** Active over all registered (active + non-active), in percent (national 68 % in Dec 2023). */
export function activityRatio({ active, nonActive }: { active: Count; nonActive: Count }): number | null {
	if (active == null || nonActive == null) return null;
	return ratioPct(active, active + nonActive);
}

/**
 * Gap to target, in people: the active participants (PU + BPU + JAKON) still needed to reach the
 * province's UCJ target, `target % × eligible − active`, and 0 once reached. What an office plans
 * its outreach with. A regency is measured against its province's target, on the eligible
 * denominator (like `targetAttainment`). An area spanning provinces adds its provinces' gaps
 * (`gapToTargetOfGroups`), never nets one province's surplus against another's shortfall.
 * @example gapToTarget({ activeUcj: 56_100, eligible: 110_000, targetPct: 60 }) // 9_900
 */
export function gapToTarget({ activeUcj, eligible, targetPct }: { activeUcj: Count; eligible: Count; targetPct: Count }): number | null {
	if (activeUcj == null || eligible == null || targetPct == null) return null;
	if (![activeUcj, eligible, targetPct].every(Number.isFinite) || eligible <= 0) return null;
	// Whole people: a fraction of a person still has to be one more participant. Multiply
	// before dividing and allow for float noise, so 60 % of 110.000 is 66.000, not 66.001.
	const needed = (targetPct * eligible) / 100 - activeUcj;
	return Math.max(0, Math.ceil(needed - 1e-6));
}

/** The gap of an area made of groups (provinces) each with its own target: the sum of the groups' gaps. */
export function gapToTargetOfGroups(groups: readonly { activeUcj: Count; eligible: Count; targetPct: Count }[]): number | null {
	let total = 0;
	for (const group of groups) {
		const gap = gapToTarget(group);
		if (gap === null) return null;
		total += gap;
	}
	return groups.length ? total : null;
}

// ---------------------------------------------------------------------------------------------
// Business compliance (the award's business categories, DOMAIN.md section 3). Words on screen:
// `scoring/criteria.ts` (BUSINESS_CRITERIA).

/**
 * Workers registered with BPJS Ketenagakerjaan over all workers, in percent (December).
 * @example registrationRate({ registered: 45, workers: 60 }) // 75
 */
export function registrationRate({ registered, workers }: { registered: Count; workers: Count }): number | null {
	return ratioPct(registered, workers);
}

/** Employer sizes for which JP (pension) is mandatory besides JKK, JKM and JHT (an assumption, shown on screen). */
const JP_MANDATORY: ReadonlySet<string> = new Set(['medium', 'large']);

/**
 * Mandatory programmes held over mandatory programmes, in percent: JKK, JKM and JHT for every
 * business, JP too for medium and large ones. Null when a flag is unknown or the size is not one
 * of the contract's.
 * @example programmesComplete({ size: 'large', jkk: true, jkm: true, jht: true, jp: false }) // 75
 */
export function programmesComplete({ size, jkk, jkm, jht, jp }: { size: string; jkk: boolean | null; jkm: boolean | null; jht: boolean | null; jp: boolean | null }): number | null {
	if (!['micro', 'small', 'medium', 'large'].includes(size)) return null;
	const held = JP_MANDATORY.has(size) ? [jkk, jkm, jht, jp] : [jkk, jkm, jht];
	if (held.some((h) => h === null)) return null;
	return (held.filter(Boolean).length / held.length) * 100;
}

/**
 * Average wage reported for contributions over the reference wage, in percent: below 100 a
 * business reports less than the reference (e.g. the regency minimum wage). Not clipped above 100.
 * @example wageRatio({ reported: 2_700_000, reference: 3_000_000 }) // 90
 */
export function wageRatio({ reported, reference }: { reported: Count; reference: Count }): number | null {
	return ratioPct(reported, reference);
}
