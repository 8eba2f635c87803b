/**
 * Village detail: `villages_support` (a village government's own protection effort) and
 * `participation_village` (the regency's figures split across its villages). The whole
 * regency value is split by largest remainder over random village weights (kelurahan heavier
 * in PU, desa in BPU and PMI), so villages add up exactly to their regency; a village's own
 * vulnerable-worker scheme is part of its BPU.
 */
import { SEGMENTS, type Segment } from '$lib/contract/domain';
import { apportion } from './apportion';
import {
	BPU_BASIC_IDR,
	VILLAGE_PROGRAMME_LEAN,
	VILLAGE_PROGRAMME_SHARE,
	VILLAGE_PROGRAMME_START,
	YEARS
} from './anchors';
import { MONTH_COUNT, decemberIndex } from './months';
import type { RegencyParticipation } from './participation';
import { stream } from './prng';
import type { Village } from './reference';

/** A village's support figures for one year. */
export interface SupportYear {
	officials: Int32Array;
	vulnerable: Int32Array;
	apbdesPeople: Int32Array;
}

/** The most of a regency's December BPU that village schemes may account for. */
const VULNERABLE_CAP = 0.35;

/** Yearly cost of one person's JKK + JKM at Rp16,800 a month (DOMAIN.md section 1). */
export const APBDES_YEARLY_IDR = BPU_BASIC_IDR * 12;

/**
 * Support figures for the villages of one regency, by year. `bpuDecember(year)` caps what
 * the schemes may claim; `candidates` are villages named as award candidates (schemes since 2021).
 */
export function villageSupport(
	seed: number,
	regency: string,
	villages: readonly Village[],
	bpuDecember: (year: number) => number,
	candidates: ReadonlySet<string>
): Map<number, SupportYear> {
	const rng = stream(seed, 'village-support', regency);
	const lean = VILLAGE_PROGRAMME_LEAN[regency.slice(0, 2)] ?? 1;
	const startYears = Object.keys(VILLAGE_PROGRAMME_START).map(Number);
	const startWeights = startYears.map((y) => VILLAGE_PROGRAMME_START[y]!);
	const n = villages.length;
	const out = new Map<number, SupportYear>(
		YEARS.map((y) => [y, { officials: new Int32Array(n), vulnerable: new Int32Array(n), apbdesPeople: new Int32Array(n) }])
	);
	villages.forEach((v, i) => {
		// every village draws the same numbers in the same order, whatever branch it takes
		const hasScheme = rng.chance(Math.min(0.9, VILLAGE_PROGRAMME_SHARE * lean));
		const schemeStart = rng.weighted(startYears, startWeights);
		const people = Math.min(400, Math.max(3, Math.round(18 * rng.logNormal(0.7))));
		const growth = rng.uniform(1.03, 1.2);
		const coversOfficials = rng.chance(Math.min(0.95, 0.7 * Math.max(lean, 0.3)));
		const officialsStart = rng.weighted(startYears, [0.3, 0.15, 0.25, 0.12, 0.08, 0.06, 0.04]);
		const officials = rng.int(8, 16) + rng.int(4, 40);
		const extraFunded = rng.chance(0.25);
		const extraShare = rng.uniform(0, 0.5);
		const stray = rng.chance(0.08) ? rng.int(1, 20) : 0;
		const rtRw = rng.chance(0.2) ? rng.int(10, 80) : 0;
		const candidate = candidates.has(v.code);
		for (const year of YEARS) {
			const s = out.get(year)!;
			if (v.kelurahan) {
				// kelurahan officials are civil servants and there is no APBDes; some cities cover RT/RW heads
				s.officials[i] = year >= 2022 ? rtRw : 0;
				s.vulnerable[i] = year >= 2021 ? stray : 0;
				continue;
			}
			const start = candidate ? 2021 : hasScheme ? schemeStart : 9999;
			const scheme = year >= start ? Math.round((candidate ? Math.max(people, 60) : people) * Math.pow(growth, year - start)) : 0;
			s.apbdesPeople[i] = scheme;
			s.vulnerable[i] = scheme + (scheme > 0 && extraFunded ? Math.round(scheme * extraShare) : year >= 2021 ? stray : 0);
			s.officials[i] = (coversOfficials || candidate) && year >= (candidate ? Math.min(officialsStart, 2020) : officialsStart) ? officials : 0;
		}
	});
	for (const year of YEARS) {
		const s = out.get(year)!;
		const cap = Math.floor(VULNERABLE_CAP * bpuDecember(year));
		const sum = s.vulnerable.reduce((a, b) => a + b, 0);
		if (sum <= cap) continue;
		const k = cap / sum;
		for (let i = 0; i < n; i++) {
			s.vulnerable[i] = Math.floor(s.vulnerable[i]! * k);
			s.apbdesPeople[i] = Math.min(s.vulnerable[i]!, Math.floor(s.apbdesPeople[i]! * k));
		}
	}
	return out;
}

/** Village weights of one regency per segment: a size, leaning by village kind. */
function baseWeights(seed: number, regency: string, villages: readonly Village[]): Record<Segment, Float64Array> {
	const rng = stream(seed, 'village-weights', regency);
	const w = Object.fromEntries(SEGMENTS.map((s) => [s, new Float64Array(villages.length)])) as Record<Segment, Float64Array>;
	villages.forEach((v, i) => {
		const size = rng.logNormal(0.7);
		const migrants = rng.logNormal(1);
		w.PU[i] = size * (v.kelurahan ? 4 : 1) * rng.logNormal(0.3);
		w.BPU[i] = size * (v.kelurahan ? 1 : 1.3) * rng.logNormal(0.3);
		w.JAKON[i] = size * (v.kelurahan ? 1.5 : 1) * rng.logNormal(0.5);
		w.PMI[i] = size * (v.kelurahan ? 0.4 : 1.3) * migrants;
	});
	return w;
}

/** The weights of one year: the base weights with a small yearly drift. */
function yearWeights(seed: number, regency: string, year: number, base: Record<Segment, Float64Array>): Record<Segment, number[]> {
	const rng = stream(seed, 'village-year', regency, year);
	const out = {} as Record<Segment, number[]>;
	for (const seg of SEGMENTS) out[seg] = Array.from(base[seg], (w) => w * Math.exp(0.06 * rng.normal()));
	return out;
}

/** Receives one village row: code, month index, segment, active, non-active. */
export type VillageRowSink = (code: string, month: number, segment: Segment, active: number, nonActive: number) => void;

/**
 * Split one regency's figures across its villages: every December (or every month when
 * `monthly`), each segment; rows where both figures are zero are not emitted.
 */
export function splitToVillages(
	seed: number,
	villages: readonly Village[],
	reg: RegencyParticipation,
	support: Map<number, SupportYear>,
	monthly: boolean,
	emit: VillageRowSink
): void {
	const base = baseWeights(seed, reg.code, villages);
	for (const year of YEARS) {
		const weights = yearWeights(seed, reg.code, year, base);
		const months = monthly ? Array.from({ length: 12 }, (_, m) => (year - YEARS[0]) * 12 + m) : [decemberIndex(year)];
		for (const i of months) {
			if (i >= MONTH_COUNT) throw new Error(`month index out of range: ${i}`);
			for (const seg of SEGMENTS) {
				const total = reg.active[seg][i]!;
				const floor = seg === 'BPU' && i === decemberIndex(year) ? support.get(year)!.vulnerable : null;
				const taken = floor ? floor.reduce((a, b) => a + b, 0) : 0;
				if (taken > total) throw new Error(`village schemes exceed BPU in ${reg.code} ${year}`);
				const active = apportion(total - taken, weights[seg]);
				const nonActive = apportion(reg.nonActive[seg][i]!, weights[seg]);
				for (let k = 0; k < villages.length; k++) {
					const a = active[k]! + (floor ? floor[k]! : 0);
					const na = nonActive[k]!;
					if (a > 0 || na > 0) emit(villages[k]!.code, i, seg, a, na);
				}
			}
		}
	}
}
