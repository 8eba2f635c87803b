/**
 * Who holds which programme (DOMAIN.md section 1): everyone active has JKK and JKM; PU mostly
 * JHT, JP at medium and large employers, JKP from February 2021 (PP 37/2021) for those with
 * the other programmes; BPU and PMI take JHT optionally, fewer BPU as JKK + JKM-only
 * vulnerable-worker schemes grow. Shares per regency and year, joined linearly across months.
 */
import type { Programme, Segment } from '$lib/contract/domain';
import { FIRST_YEAR } from './anchors';
import { stream } from './prng';

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Shares of a segment's active holding JHT, JP and JKP (JKK and JKM are 1). */
export interface Shares {
	JHT: number;
	JP: number;
	JKP: number;
}

/** Month index (0 = 2019-01) from which JKP exists: February 2021. */
const JKP_START = (2021 - FIRST_YEAR) * 12 + 1;
/** Month index by which JKP reached its full share: December 2022. */
const JKP_FULL = (2022 - FIRST_YEAR) * 12 + 11;

/** The programme shares of one regency, as a function of segment and month index. */
export function programmeShares(seed: number, code: string): (segment: Segment, month: number) => Shares {
	const rng = stream(seed, 'programmes', code);
	const kota = Number(code.slice(2, 4)) >= 71;
	const puJht = clamp(0.9 + (kota ? 0.03 : 0) + rng.normal() * 0.025, 0.8, 0.98);
	const puJp = clamp(0.52 + (kota ? 0.08 : 0) + rng.normal() * 0.05, 0.35, 0.8);
	const puJpTrend = 0.008 + rng.normal() * 0.003;
	const jkpOfJp = clamp(0.88 + rng.normal() * 0.04, 0.75, 0.98);
	const bpuJht = clamp(0.22 + rng.normal() * 0.04, 0.1, 0.35);
	const bpuJhtTrend = 0.015 + rng.normal() * 0.004;
	const pmiJht = clamp(0.15 + rng.normal() * 0.04, 0.05, 0.3);
	return (segment, month) => {
		const t = month / 12; // years since January 2019
		switch (segment) {
			case 'PU': {
				const jp = Math.min(clamp(puJp + puJpTrend * t, 0.35, 0.85), puJht);
				const ramp = month < JKP_START ? 0 : Math.min(1, (month - JKP_START + 1) / (JKP_FULL - JKP_START + 1));
				return { JHT: clamp(puJht + 0.002 * t, 0.8, 0.985), JP: jp, JKP: jp * jkpOfJp * ramp };
			}
			case 'BPU':
				return { JHT: clamp(bpuJht - bpuJhtTrend * t, 0.06, 0.35), JP: 0, JKP: 0 };
			case 'JAKON':
				return { JHT: 0, JP: 0, JKP: 0 };
			case 'PMI':
				return { JHT: pmiJht, JP: 0, JKP: 0 };
		}
	};
}

/** Active participants of a programme given the segment's active and the shares. */
export function programmeActive(programme: Programme, active: number, shares: Shares): number {
	if (programme === 'JKK' || programme === 'JKM') return active;
	return Math.min(active, Math.round(active * shares[programme]));
}
