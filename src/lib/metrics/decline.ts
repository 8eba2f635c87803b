/**
 * Where coverage fell and why: a region's change in active participants (the segments counted
 * in `ucj`) against the same month a year earlier, and the segment that accounts for most of
 * the fall. Panels ask exactly this (DOMAIN.md section 3: "evidence must let them decompose a
 * decline by segment, programme and place").
 */
import { UCJ_SEGMENTS, type Segment } from '$lib/contract/domain';
import type { Count } from './formulas';

/** Active counts of the `ucj` segments now and a year earlier. */
export interface SegmentChangeSums {
	active_pu: Count;
	active_bpu: Count;
	active_jakon: Count;
	active_pu_prev: Count;
	active_bpu_prev: Count;
	active_jakon_prev: Count;
}

/** A region's fall and its main driver. */
export interface Decline {
	/** Change of PU + BPU + JAKON active participants (negative = a fall). */
	change: number;
	/** The segment whose own fall is largest. */
	driver: Segment;
	/** That segment's fall as a share of the total fall, in percent (may exceed 100 when others grew). */
	driverShare: number;
}

const KEYS: Record<(typeof UCJ_SEGMENTS)[number], [keyof SegmentChangeSums, keyof SegmentChangeSums]> = {
	PU: ['active_pu', 'active_pu_prev'],
	BPU: ['active_bpu', 'active_bpu_prev'],
	JAKON: ['active_jakon', 'active_jakon_prev']
};

/** The decline of one region, or null when it did not fall (or a figure is missing). */
export function decline(s: SegmentChangeSums): Decline | null {
	let change = 0;
	let driver: Segment | null = null;
	let driverChange = 0;
	for (const segment of UCJ_SEGMENTS) {
		const [now, prev] = KEYS[segment];
		const a = s[now];
		const b = s[prev];
		if (a == null || b == null) return null;
		const d = a - b;
		change += d;
		if (d < driverChange) {
			driverChange = d;
			driver = segment;
		}
	}
	if (change >= 0 || driver === null) return null;
	return { change, driver, driverShare: (driverChange / change) * 100 };
}
