/**
 * Turns the sums an area query returns into every metric of DOMAIN.md section 2, through the
 * formulas in `formulas.ts` only. Views never divide: they call these.
 */
import {
	activityRatio,
	coverageChangePts,
	formalPenetration,
	growth,
	informalPenetration,
	targetAttainment,
	ucj,
	ucjNaive,
	type Count
} from './formulas';

/** The sums one area contributes for a month and the same month a year earlier. */
export interface CoverageSums {
	active_all: Count;
	active_ucj: Count;
	active_pu?: Count;
	active_bpu?: Count;
	non_active_all?: Count;
	active_all_prev: Count;
	active_ucj_prev: Count;
	working?: Count;
	formal?: Count;
	informal?: Count;
	eligible: Count;
	eligible_prev: Count;
	target_pct?: Count;
}

/** Every metric of an area for one month (percent, or points for `coverageChangePts`). */
export interface CoverageFigures {
	active: number | null;
	activeUcj: number | null;
	ucj: number | null;
	ucjPrev: number | null;
	ucjNaive: number | null;
	formalPenetration: number | null;
	informalPenetration: number | null;
	growth: number | null;
	coverageChangePts: number | null;
	targetAttainment: number | null;
	activityRatio: number | null;
	/** ucj above 100 %: shown, flagged, never clipped (DOMAIN.md section 2). */
	overFull: boolean;
}

/** All figures of one area from its sums. */
export function coverageFigures(s: CoverageSums): CoverageFigures {
	const ucjNow = ucj({ activeUcj: s.active_ucj, eligible: s.eligible });
	const ucjPrev = ucj({ activeUcj: s.active_ucj_prev, eligible: s.eligible_prev });
	return {
		active: s.active_all ?? null,
		activeUcj: s.active_ucj ?? null,
		ucj: ucjNow,
		ucjPrev,
		ucjNaive: ucjNaive({ activeUcj: s.active_ucj, workingPopulation: s.working }),
		formalPenetration: formalPenetration({ activePu: s.active_pu, formal: s.formal }),
		informalPenetration: informalPenetration({ activeBpu: s.active_bpu, informal: s.informal }),
		growth: growth({ active: s.active_all, activeYearBefore: s.active_all_prev }),
		coverageChangePts: coverageChangePts({ ucjNow, ucjYearBefore: ucjPrev }),
		targetAttainment: targetAttainment({ ucjNow, targetPct: s.target_pct }),
		activityRatio: activityRatio({ active: s.active_all, nonActive: s.non_active_all }),
		overFull: ucjNow !== null && ucjNow > 100
	};
}
