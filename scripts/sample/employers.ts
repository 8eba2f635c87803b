/**
 * The `employers` table: a few thousand employers with obviously fictitious names ("PT Contoh
 * Sejahtera 62-014"), about 80% micro (DOMAIN.md section 5: 80.6%), spread over provinces by
 * formal workforce; plus the businesses the seeds name as Paritrana candidates in Kalimantan
 * Tengah, whose figures are as synthetic as the rest.
 */
import type { EmployerSize } from '$lib/contract/domain';
import { EMPLOYER_COUNT, EMPLOYER_SIZE_MIX, YEARS } from './anchors';
import { apportion } from './apportion';
import { stream, type Rng } from './prng';
import type { Regency } from './reference';
import { referenceWage } from './wages';
import type { Workforce } from './workforce';

export interface EmployerRow {
	employer_id: string;
	year: number;
	name: string;
	region_code: string | null;
	province_code: string;
	size: EmployerSize;
	sector: string;
	workers: number;
	workers_registered: number;
	has_jkk: boolean;
	has_jkm: boolean;
	has_jht: boolean;
	has_jp: boolean;
	has_jkp: boolean;
	wage_reported_idr: number;
	wage_reference_idr: number;
	months_in_arrears: number;
	vulnerable_sponsored: number;
}

/** A named business from the seeds, with the synthetic attributes the sample gives it. */
export interface SeedBusiness {
	employer_id: string;
	name: string;
	province_code: string;
	size: EmployerSize;
	sector: string;
}

const SIZES = Object.keys(EMPLOYER_SIZE_MIX) as EmployerSize[];
const WORKERS: Readonly<Record<EmployerSize, [number, number]>> = {
	micro: [1, 4],
	small: [5, 19],
	medium: [20, 99],
	large: [100, 3000]
};
const SECTORS: Readonly<Record<EmployerSize, [string, number][]>> = {
	micro: [['G', 35], ['I', 15], ['C', 12], ['A', 10], ['S', 8], ['H', 5], ['F', 4], ['M', 3], ['P', 3], ['Q', 2], ['N', 3]],
	small: [['G', 25], ['C', 18], ['I', 12], ['F', 10], ['A', 8], ['H', 7], ['N', 6], ['M', 5], ['P', 5], ['Q', 4]],
	medium: [['C', 25], ['A', 15], ['G', 15], ['F', 10], ['H', 8], ['B', 6], ['K', 5], ['N', 6], ['Q', 5], ['J', 5]],
	large: [['C', 28], ['A', 18], ['B', 12], ['F', 10], ['H', 8], ['K', 8], ['G', 6], ['J', 4], ['D', 3], ['Q', 3]]
};
const FORMS: readonly [string, string][] = [
	['PT Contoh', 'PT'],
	['CV Fiktif', 'CV'],
	['Koperasi Contoh', 'Koperasi'],
	['UD Fiktif', 'UD']
];
const WORDS = ['Sejahtera', 'Makmur', 'Maju', 'Abadi', 'Jaya', 'Sentosa', 'Mandiri', 'Lestari', 'Bersama', 'Karya', 'Sukses', 'Berkah'];

/**
 * The seeds' businesses (paritrana_2025_candidates.csv): Kalimantan Tengah, regency not stated.
 * Size and sector are the sample's guesses (the sources give neither).
 */
export const SEED_BUSINESSES: readonly SeedBusiness[] = [
	{ employer_id: 'EMP-62-S01', name: 'Koperasi Bengkuang Makmur Lestari', province_code: '62', size: 'small', sector: 'A' },
	{ employer_id: 'EMP-62-S02', name: 'LKP Enter', province_code: '62', size: 'small', sector: 'P' },
	{ employer_id: 'EMP-62-S03', name: 'Indang Apang Sinergy', province_code: '62', size: 'medium', sector: 'A' },
	{ employer_id: 'EMP-62-S04', name: 'Koperasi Pintu Raja', province_code: '62', size: 'small', sector: 'A' },
	{ employer_id: 'EMP-62-S05', name: 'Sapta Karya Damai', province_code: '62', size: 'large', sector: 'A' },
	{ employer_id: 'EMP-62-S06', name: 'Harapan Hibrida Kalbar - SBE', province_code: '62', size: 'large', sector: 'A' },
	{ employer_id: 'EMP-62-S07', name: 'Riung Mitra Lestari Site Mutu', province_code: '62', size: 'large', sector: 'B' }
];

/** One employer's yearly rows from its fixed traits. */
function employerYears(
	seed: number,
	rng: Rng,
	e: { id: string; name: string; region: string | null; province: string; size: EmployerSize; sector: string; from: number; to: number; compliant: boolean },
	wageCode: string
): EmployerRow[] {
	const [lo, hi] = WORKERS[e.size];
	let workers = e.size === 'large' ? Math.min(hi, Math.round(lo * rng.logNormal(1))) + lo : rng.int(lo, hi);
	const bigger = e.size === 'medium' || e.size === 'large';
	const hasJht = e.compliant || rng.chance(bigger ? 0.95 : e.size === 'small' ? 0.8 : 0.55);
	const hasJp = bigger ? e.compliant || rng.chance(0.9) : rng.chance(e.size === 'small' ? 0.45 : 0.12);
	const registeredShare = e.compliant ? 1 : rng.uniform(e.size === 'micro' ? 0.3 : 0.6, 1);
	const underReports = !e.compliant && rng.chance(0.2);
	const wageRatio = underReports ? rng.uniform(0.6, 0.95) : rng.uniform(1, 1.35);
	const arrearsProne = !e.compliant && rng.chance(0.15);
	const sponsors = e.size === 'large' ? rng.chance(e.compliant ? 0.6 : 0.3) : e.size === 'medium' ? rng.chance(0.1) : false;
	const sponsoredBase = sponsors ? (e.size === 'large' ? rng.int(20, 500) : rng.int(5, 50)) : 0;
	const rows: EmployerRow[] = [];
	for (const year of YEARS) {
		if (year < e.from || year > e.to) continue;
		workers = Math.max(lo, Math.min(e.size === 'large' ? 5000 : hi, Math.round(workers * rng.logNormal(0.06))));
		const reference = referenceWage(seed, wageCode, year);
		rows.push({
			employer_id: e.id,
			year,
			name: e.name,
			region_code: e.region,
			province_code: e.province,
			size: e.size,
			sector: e.sector,
			workers,
			workers_registered: Math.min(workers, Math.round(workers * registeredShare)),
			has_jkk: true,
			has_jkm: true,
			has_jht: hasJht,
			has_jp: hasJp,
			has_jkp: year >= 2021 && hasJht && (hasJp || !bigger) && (e.compliant || rng.chance(0.85)),
			wage_reported_idr: Math.round((reference * wageRatio) / 1000) * 1000,
			wage_reference_idr: reference,
			months_in_arrears: arrearsProne && rng.chance(0.6) ? rng.int(1, 6) : 0,
			vulnerable_sponsored: sponsoredBase > 0 && year >= 2021 ? Math.round(sponsoredBase * Math.pow(1.1, year - 2021)) : 0
		});
	}
	return rows;
}

/** How many fictitious employers each province gets (national: by formal workforce, at least 15). */
export function employersPerProvince(workforce: Workforce): Map<string, number> {
	const formal = new Map<string, number>();
	for (const [code, years] of workforce) {
		const p = code.slice(0, 2);
		formal.set(p, (formal.get(p) ?? 0) + years.get(2023)!.formal);
	}
	const provinces = [...formal.keys()].sort();
	const counts = apportion(EMPLOYER_COUNT - 15 * provinces.length, provinces.map((p) => formal.get(p)!));
	return new Map(provinces.map((p, i) => [p, 15 + counts[i]!]));
}

/**
 * Employers of one province: its fictitious ones and, for Kalimantan Tengah, the seeds'
 * businesses. Every employer has its own stream, so the rows do not depend on the others.
 */
export function buildEmployers(seed: number, province: string, count: number, regencies: readonly Regency[]): EmployerRow[] {
	const regs = regencies.filter((r) => r.provinceCode === province);
	const rows: EmployerRow[] = [];
	for (let n = 1; n <= count; n++) {
		const id = `EMP-${province}-${String(n).padStart(4, '0')}`;
		const rng = stream(seed, 'employer', id);
		const size = rng.weighted(SIZES, SIZES.map((s) => EMPLOYER_SIZE_MIX[s]));
		const sectors = SECTORS[size];
		const sector = rng.weighted(sectors.map((s) => s[0]), sectors.map((s) => s[1]));
		const region = rng.weighted(regs, regs.map((r) => r.population * (r.kota ? 2 : 1)));
		const [form] = size === 'micro' ? rng.weighted(FORMS, [3, 3, 2, 4]) : size === 'small' ? rng.weighted(FORMS, [4, 4, 2, 1]) : FORMS[0]!;
		const name = `${form} ${rng.pick(WORDS)} ${province}-${String(n).padStart(3, '0')}`;
		const from = rng.chance(0.7) ? 2019 : rng.int(2020, 2025);
		const to = rng.chance(0.1) ? rng.int(from, 2025) : 2025;
		const compliant = rng.chance(size === 'large' ? 0.6 : size === 'medium' ? 0.45 : 0.3);
		rows.push(...employerYears(seed, rng, { id, name, region: region.code, province, size, sector, from, to, compliant }, region.code));
	}
	for (const b of SEED_BUSINESSES) {
		if (b.province_code !== province) continue;
		const rng = stream(seed, 'employer', b.employer_id);
		// regency not stated in the sources: the province's first regency stands in for wages only
		const wageCode = regs[0]!.code;
		rows.push(
			...employerYears(
				seed,
				rng,
				{ id: b.employer_id, name: b.name, region: null, province, size: b.size, sector: b.sector, from: 2019, to: 2025, compliant: true },
				wageCode
			)
		);
	}
	return rows;
}
