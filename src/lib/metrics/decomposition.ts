/**
 * Exact decomposition of a year-over-year change (issue 9, the decline finder of `/kantor/`):
 * by segment, by the eligible workforce, and by place, with parts that add up to the total
 * with no residual, so a panel can see *why* coverage fell (DOMAIN.md section 3: "decompose a
 * decline by segment, programme and place").
 *
 * Notation, for one area and one month against the same month a year earlier (`_prev`):
 * a_s = active participants of segment s (PU, BPU, JAKON), A = Σ_s a_s = `active_ucj`,
 * E = eligible workers; subscript 1 = now, 0 = a year before; Δx = x₁ − x₀.
 *
 * Participants: ΔA = Σ_s Δa_s, a plain sum. PMI are not in A (they never count in `ucj`), so
 * their change is reported apart and never added in.
 *
 * Coverage points: `coverageChangePts` = 100·A₁/E₁ − 100·A₀/E₀. Add and subtract 100·A₀/E₁:
 *
 *   100·A₁/E₁ − 100·A₀/E₀ = 100·(A₁ − A₀)/E₁ + 100·A₀·(1/E₁ − 1/E₀)
 *                         = Σ_s 100·Δa_s/E₁   + 100·A₀·(1/E₁ − 1/E₀)
 *                           (segment parts)     (workforce effect)
 *
 * It is an identity, not an approximation (no interaction term, no residual): the segment parts
 * measure the change in people at today's denominator, the workforce effect the change of
 * denominator applied to last year's people. It is negative when the eligible workforce grew:
 * coverage can fall without anybody leaving. In floating point the parts add up to the total to
 * within a few ulps (tests/sql/decomposition.test.ts checks 1e-9 points over every regency).
 *
 * By place: for an area made of places i (regencies of a province, provinces' regencies of a
 * Kanwil), A = Σ_i A_i and E = Σ_i E_i. Then 1/E₁ − 1/E₀ = (E₀ − E₁)/(E₁·E₀) = −Σ_i ΔE_i/(E₁·E₀),
 * so the area's change splits by place with no residual either:
 *
 *   area change = Σ_i [ 100·ΔA_i/E₁  −  100·A₀·ΔE_i/(E₁·E₀) ]
 *                       (activity)        (workforce)
 *
 * where A₀, E₀, E₁ are the *area's* sums. Place i's contribution is not its own change of
 * coverage: a place with many new participants but a small workforce moves the area more than
 * a large place with the same coverage change, which is what "where did the area lose" asks.
 *
 * Missing figures: any null count, or an eligible workforce that is missing or not positive
 * (either year), gives a null result, never NaN or Infinity, like the formulas
 * (`formulas.ts`): a zero denominator has no coverage to decompose.
 */
import { UCJ_SEGMENTS } from '$lib/contract/domain';
import type { MonthSums } from '$lib/views/common/months';
import { coverageChangePts, ucj } from './formulas';

/** The segments counted in `ucj`, in the fixed order every part is listed in. */
export type UcjSegment = (typeof UCJ_SEGMENTS)[number];

/** Per `ucj` segment. */
export type BySegment<T> = Record<UcjSegment, T>;

/** Change of active participants, now against a year before. */
export interface ParticipantChange {
	/** PU + BPU + JAKON: the change of `active_ucj`. */
	total: number;
	/** Each segment's change; they add up to `total` exactly (whole numbers). */
	segments: BySegment<number>;
	/** Migrant workers (PMI), apart: never in `total`. Null when PMI figures are missing. */
	pmi: number | null;
}

/** Change of coverage (`coverageChangePts`), in percentage points, split exactly. */
export interface CoverageChange {
	/** `coverageChangePts`: ucj now − ucj a year before. */
	total: number;
	/** 100 × Δactive_s / eligible_now for each segment. */
	segments: BySegment<number>;
	/** 100 × active_ucj_before × (1/eligible_now − 1/eligible_before): negative when the workforce grew. */
	workforce: number;
}

/** One region's decomposition: the finder's row and the sentence's input. */
export interface Decomposition {
	code: string;
	participants: ParticipantChange | null;
	coverage: CoverageChange | null;
}

/** One place's share of its area's change. */
export interface PlaceContribution {
	code: string;
	/** The place's change of PU + BPU + JAKON participants; these add up to the area's. */
	participants: number;
	/** 100 × ΔA_i / E₁ (area's E₁): the place's people. */
	activity: number;
	/** −100 × A₀ × ΔE_i / (E₁ × E₀) (area's A₀, E₀, E₁): the place's workforce growth. */
	workforce: number;
	/** activity + workforce: the place's contribution to the area's `coverageChangePts`. */
	points: number;
}

const NOW: BySegment<'active_pu' | 'active_bpu' | 'active_jakon'> = { PU: 'active_pu', BPU: 'active_bpu', JAKON: 'active_jakon' };
const PREV: BySegment<'active_pu_prev' | 'active_bpu_prev' | 'active_jakon_prev'> = {
	PU: 'active_pu_prev',
	BPU: 'active_bpu_prev',
	JAKON: 'active_jakon_prev'
};

const present = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/** Each segment's change, or null when any of the six counts is missing. */
function segmentChanges(s: MonthSums): BySegment<number> | null {
	const out = {} as BySegment<number>;
	for (const segment of UCJ_SEGMENTS) {
		const now = s[NOW[segment]];
		const prev = s[PREV[segment]];
		if (!present(now) || !present(prev)) return null;
		out[segment] = now - prev;
	}
	return out;
}

/** The change of participants by segment, PMI apart; null when a `ucj` segment's count is missing. */
export function participantChange(s: MonthSums): ParticipantChange | null {
	const segments = segmentChanges(s);
	if (!segments) return null;
	const pmi = present(s.active_pmi) && present(s.active_pmi_prev) ? s.active_pmi - s.active_pmi_prev : null;
	return { total: segments.PU + segments.BPU + segments.JAKON, segments, pmi };
}

/**
 * The change of coverage points by segment plus the workforce effect; null when a count is
 * missing or an eligible workforce is missing or not positive. The total is the metric itself
 * (`coverageChangePts` of the two `ucj`), so the finder and the scorecards show the same figure.
 */
export function coverageChange(s: MonthSums): CoverageChange | null {
	const segments = segmentChanges(s);
	const e1 = s.eligible;
	const e0 = s.eligible_prev;
	const a0 = s.active_ucj_prev;
	if (!segments || !present(e1) || !present(e0) || !present(a0) || e1 <= 0 || e0 <= 0) return null;
	const total = coverageChangePts({
		ucjNow: ucj({ activeUcj: s.active_ucj, eligible: e1 }),
		ucjYearBefore: ucj({ activeUcj: a0, eligible: e0 })
	});
	if (total === null) return null;
	return {
		total,
		segments: {
			PU: (100 * segments.PU) / e1,
			BPU: (100 * segments.BPU) / e1,
			JAKON: (100 * segments.JAKON) / e1
		},
		workforce: 100 * a0 * (1 / e1 - 1 / e0)
	};
}

/** Both decompositions of one region. */
export function decompose(s: MonthSums): Decomposition {
	return { code: s.code, participants: participantChange(s), coverage: coverageChange(s) };
}

// The counts an area must share with the sum of its places for the split to be exact.
const SUMMED = ['active_ucj', 'active_ucj_prev', 'eligible', 'eligible_prev'] as const;

/**
 * Each place's contribution to its area's change (module comment: the algebra). The area's sums
 * must be the sums of its places (the caller passes a province's row with its regencies, or a
 * sum it built); a mismatch is a caller's bug and throws rather than returning parts that do
 * not add up. Null when the area's coverage change is null or any place lacks a figure.
 */
export function placeContributions(area: MonthSums, places: readonly MonthSums[]): PlaceContribution[] | null {
	const a0 = area.active_ucj_prev;
	const e1 = area.eligible;
	const e0 = area.eligible_prev;
	if (!coverageChange(area) || !present(a0) || !present(e1) || !present(e0)) return null;
	for (const key of SUMMED) {
		let sum = 0;
		for (const place of places) {
			const value = place[key];
			if (!present(value)) return null;
			sum += value;
		}
		// Counts are whole numbers, exact in doubles; the slack only forgives a non-integer dataset.
		if (Math.abs(sum - area[key]!) > 1e-9 * Math.max(1, Math.abs(area[key]!))) {
			throw new RangeError(`${area.code}: ${key} is ${area[key]}, its places sum to ${sum}`);
		}
	}
	return places.map((place) => {
		const participants = place.active_ucj! - place.active_ucj_prev!;
		const activity = (100 * participants) / e1;
		const workforce = (-100 * a0 * (place.eligible! - place.eligible_prev!)) / (e1 * e0);
		return { code: place.code, participants, activity, workforce, points: activity + workforce };
	});
}

/** What the finder ranks by: the change of participants, or of coverage points. */
export type DeclineMode = 'participants' | 'points';

/** The total a decomposition ranks by in `mode`, or null when it has none. */
export function declineTotal(d: Decomposition, mode: DeclineMode): number | null {
	return mode === 'participants' ? (d.participants?.total ?? null) : (d.coverage?.total ?? null);
}

/**
 * The rows that fell in `mode` (a negative total; unchanged or missing is not a fall),
 * decomposed, largest fall first, ties by code so the order never depends on the input's.
 */
export function declines(rows: readonly MonthSums[], mode: DeclineMode): Decomposition[] {
	return rows
		.map(decompose)
		.filter((d) => (declineTotal(d, mode) ?? 0) < 0)
		.sort((x, y) => declineTotal(x, mode)! - declineTotal(y, mode)! || (x.code < y.code ? -1 : x.code > y.code ? 1 : 0));
}
