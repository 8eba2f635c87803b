/**
 * The panel view's model on hand-made rows: region codes and ambiguity, the year shown, the
 * list's filters and order, the group, the policy evidence at a year, village and business
 * values, the category's sizes and the ranks. Every expected value is worked out by hand here.
 */
import { describe, expect, test } from 'vitest';
import type { CandidateRow, EmployerRow, PolicyYearRow } from '$lib/queries/candidates';
import type { VillageRow } from '$lib/queries/villages';
import {
	assessmentMonth,
	filterCandidates,
	indexPolicy,
	isAmbiguous,
	peerGroup,
	policyAt,
	rankAmong,
	regionCodes,
	resolveYear,
	businessValues,
	scoredKind,
	sizesOf,
	villageValues,
	type CandidateFilters
} from '$lib/views/penilaian/model';

function candidate(over: Partial<CandidateRow> & Pick<CandidateRow, 'candidate_id' | 'candidate'>): CandidateRow {
	return {
		edition: 'Paritrana Award 2025',
		assessment_year: 2024,
		province_code: '62',
		category: 'regency_government',
		stage: 'province_award',
		candidate_kind: 'regency_government',
		region_code: null,
		employer_id: null,
		nominating_office: null,
		result: null,
		source: 'synthetic',
		note: null,
		...over
	};
}

describe('regions', () => {
	test('regionCodes splits alternatives on |, trims, and drops anything that is not a code', () => {
		expect(regionCodes({ region_code: '6201062008|6209032037' })).toEqual(['6201062008', '6209032037']);
		expect(regionCodes({ region_code: ' 6104 | 62 ' })).toEqual(['6104', '62']);
		expect(regionCodes({ region_code: '6104' })).toEqual(['6104']);
		expect(regionCodes({ region_code: null })).toEqual([]);
		expect(regionCodes({ region_code: '' })).toEqual([]);
		// 3, 5 and 9 digits are no Kemendagri level; letters are no code.
		expect(regionCodes({ region_code: '610|62011|620106200|ID|6201x' })).toEqual([]);
		expect(regionCodes({ region_code: '620106|6201062008' })).toEqual(['620106', '6201062008']);
	});

	test('isAmbiguous: more than one code', () => {
		expect(isAmbiguous({ region_code: '6201062008|6209032037' })).toBe(true);
		expect(isAmbiguous({ region_code: '6201062008' })).toBe(false);
		expect(isAmbiguous({ region_code: '6201062008|junk' })).toBe(false);
		expect(isAmbiguous({ region_code: null })).toBe(false);
	});

	test('scoredKind and assessmentMonth', () => {
		expect(scoredKind({ candidate_kind: 'province_government' })).toBe('government');
		expect(scoredKind({ candidate_kind: 'regency_government' })).toBe('government');
		expect(scoredKind({ candidate_kind: 'village_government' })).toBe('village');
		expect(scoredKind({ candidate_kind: 'business' })).toBe('business');
		expect(scoredKind({ candidate_kind: 'public_service_body' })).toBeNull();
		expect(assessmentMonth(2024)).toBe('2024-12');
	});
});

test('resolveYear: the URL year when candidates have it, else the latest and a problem', () => {
	expect(resolveYear(2023, [2024, 2023])).toEqual({ year: 2023, problem: null });
	expect(resolveYear(2019, [2024, 2023])).toEqual({ year: 2024, problem: 2019 });
	expect(resolveYear(null, [2024, 2023])).toEqual({ year: 2024, problem: null });
	expect(resolveYear(null, [])).toEqual({ year: null, problem: null });
	expect(resolveYear(2024, [])).toEqual({ year: null, problem: null });
});

describe('filterCandidates and peerGroup', () => {
	const rows: CandidateRow[] = [
		candidate({ candidate_id: 'A', candidate: 'Kabupaten Sekadau', province_code: '61', region_code: '6109', result: 3 }),
		candidate({ candidate_id: 'B', candidate: 'Kabupaten Ketapang', province_code: '61', region_code: '6104', result: 1 }),
		candidate({ candidate_id: 'C', candidate: 'Désa Sakabulin', category: 'village_government', candidate_kind: 'village_government', region_code: '6201032003' }),
		candidate({ candidate_id: 'D', candidate: 'Kabupaten Kapuas', region_code: '6203' }),
		candidate({ candidate_id: 'E', candidate: 'LKP Enter', category: 'business', candidate_kind: 'business', employer_id: 'EMP-1', nominating_office: 'Pangkalan Bun', note: 'seed 001 writes LPP Enter' }),
		candidate({ candidate_id: 'F', candidate: 'Kabupaten Barito Utara', region_code: '6205', assessment_year: 2023 }),
		candidate({ candidate_id: 'G', candidate: 'Kabupaten Mempawah', province_code: '61', region_code: '6102', result: 2, stage: 'national' })
	];
	const none: CandidateFilters = { year: null, province: null, category: null, stage: null, search: '' };
	const names: Record<string, string> = { '6201032003': 'Sakabulin', '6203': 'Kapuas', '6104': 'Ketapang' };
	const ids = (f: Partial<CandidateFilters>, regionName?: (code: string) => string | undefined) => filterCandidates(rows, { ...none, ...f }, regionName).map((r) => r.candidate_id);

	test('order: province, then category (governments before villages before businesses), published result, name', () => {
		// 61: Ketapang (1), Mempawah (2), Sekadau (3); 62: regencies Barito Utara, Kapuas (by name), village, business.
		expect(ids({})).toEqual(['B', 'G', 'A', 'F', 'D', 'C', 'E']);
	});

	test('year, province, category and stage filters', () => {
		expect(ids({ year: 2024 })).toEqual(['B', 'G', 'A', 'D', 'C', 'E']);
		expect(ids({ year: 2024, province: '62' })).toEqual(['D', 'C', 'E']);
		expect(ids({ category: 'business' })).toEqual(['E']);
		expect(ids({ province: '61', stage: 'province_award' })).toEqual(['B', 'A']);
	});

	test('search: every word, case- and accent-insensitive, over name, office, note and region names', () => {
		expect(ids({ search: 'desa' })).toEqual(['C']); // "Désa" without its accent
		expect(ids({ search: 'DÉSA sakabulin' })).toEqual(['C']);
		expect(ids({ search: 'pangkalan' })).toEqual(['E']); // nominating office
		expect(ids({ search: 'lpp' })).toEqual(['E']); // note
		expect(ids({ search: 'kabupaten ketapang' })).toEqual(['B']);
		expect(ids({ search: 'kabupaten zzz' })).toEqual([]);
		// "Ketapang" names region 6104 only; a region name search needs the names.
		expect(ids({ search: '6104' })).toEqual([]);
		expect(ids({ search: 'kapuas' }, (code) => names[code])).toEqual(['D']);
		const sakabulinByRegion = filterCandidates([candidate({ candidate_id: 'X', candidate: 'Desa X', region_code: '6201032003' })], { ...none, search: 'sakabulin' }, (code) => names[code]);
		expect(sakabulinByRegion.map((r) => r.candidate_id)).toEqual(['X']);
	});

	test('peerGroup: same year, province and category, by id, itself included', () => {
		expect(peerGroup(rows[1]!, rows).map((r) => r.candidate_id)).toEqual(['A', 'B', 'G']);
		// Barito Utara (2023) is not in Kapuas's 2024 group.
		expect(peerGroup(rows[3]!, rows).map((r) => r.candidate_id)).toEqual(['D']);
	});
});

describe('policyAt', () => {
	const row = (region_code: string, year: number, regulations: number | null, vulnerable_people: number | null = null): PolicyYearRow => ({
		region_code, year, regulations, vulnerable_people, vulnerable_idr: vulnerable_people === null ? null : vulnerable_people * 200_000, non_asn_people: null, non_asn_idr: null
	});
	const index = indexPolicy([row('6201', 2021, 2), row('6201', 2023, 1, 500), row('6201', 2024, 0, 700), row('6201', 2025, 3), row('6208', 2024, 0, 0)]);

	test('regulations up to the end of the year, cumulative; funding of the year itself', () => {
		// 2021: 2, 2023: +1, 2024: +0 -> 3 up to 2024; 2025's three are later.
		expect(policyAt(index, '6201', 2024, { regulations: true })).toEqual({
			regulations: 3, regulationsInYear: 0, vulnerablePeople: 700, vulnerableIdr: 140_000_000, nonAsnPeople: null, nonAsnIdr: null
		});
		expect(policyAt(index, '6201', 2022, { regulations: true })).toMatchObject({ regulations: 2, regulationsInYear: 0, vulnerablePeople: null });
		expect(policyAt(index, '6201', 2025, { regulations: true })).toMatchObject({ regulations: 6, regulationsInYear: 3 });
	});

	test('0 vs null: a region without rows issued none (0) when the table exists, unknown without it; no budget row is null, a 0 row is 0', () => {
		expect(policyAt(index, '6209', 2024, { regulations: true })).toEqual({
			regulations: 0, regulationsInYear: 0, vulnerablePeople: null, vulnerableIdr: null, nonAsnPeople: null, nonAsnIdr: null
		});
		expect(policyAt(index, '6201', 2024, { regulations: false })).toMatchObject({ regulations: null, regulationsInYear: null, vulnerablePeople: 700 });
		expect(policyAt(index, '6208', 2024, { regulations: true })).toMatchObject({ vulnerablePeople: 0, vulnerableIdr: 0 });
	});
});

describe('villageValues', () => {
	const village = (over: Partial<VillageRow>): VillageRow => ({
		code: '6201032003', name: 'Sakabulin', kind: 'desa', district_code: '620103', district_name: 'Kotawaringin Lama',
		active_pu: null, active_bpu: null, active_jakon: null, active_pmi: null, active_ucj: null,
		officials_covered: null, vulnerable_covered: null, apbdes_people: null, apbdes_idr: null, ...over
	});

	test('active is UCJ segments + PMI; growth December against December', () => {
		const now = village({ active_ucj: 880, active_pmi: 10, officials_covered: 14, vulnerable_covered: 60, apbdes_people: 55 });
		const prev = village({ active_ucj: 790, active_pmi: 10 });
		// active 880 + 10 = 890; before 790 + 10 = 800; growth (890 − 800) / 800 × 100 = 11.25
		expect(villageValues(now, prev)).toEqual({ officialsCovered: 14, vulnerableCovered: 60, apbdesPeople: 55, active: 890, growth: 11.25 });
	});

	test('no rows: nulls, never 0; a village without a year before has no growth', () => {
		expect(villageValues(undefined, undefined)).toEqual({ officialsCovered: null, vulnerableCovered: null, apbdesPeople: null, active: null, growth: null });
		const now = village({ active_ucj: 100, active_pmi: null });
		expect(villageValues(now, village({}))).toMatchObject({ active: 100, growth: null });
		// PMI only: 0 + 4 = 4 active; before 5 -> (4 − 5) / 5 × 100 = −20
		expect(villageValues(village({ active_pmi: 4 }), village({ active_ucj: 5 }))).toMatchObject({ active: 4, growth: -20 });
	});
});

describe('businessValues and sizesOf', () => {
	const employer: EmployerRow = {
		employer_id: 'EMP-62-X', year: 2024, name: 'PT Contoh', region_code: '6201', province_code: '62', size: 'large', sector: 'C',
		workers: 80, workers_registered: 60, has_jkk: true, has_jkm: true, has_jht: true, has_jp: false, has_jkp: true,
		wage_reported_idr: 2_700_000, wage_reference_idr: 3_000_000, months_in_arrears: 2, vulnerable_sponsored: 15
	};

	test('a large employer: 60 of 80 registered, 3 of 4 programmes (JP mandatory), 2.7 of 3.0 million', () => {
		// 60 / 80 × 100 = 75; 3 / 4 × 100 = 75; 2.700.000 / 3.000.000 × 100 = 90
		expect(businessValues(employer)).toEqual({ registrationRate: 75, programmesComplete: 75, wageRatio: 90, arrears: 2, vulnerableSponsored: 15 });
	});

	test('the same flags on a small employer: JP not mandatory, 3 of 3', () => {
		expect(businessValues({ ...employer, size: 'small' }).programmesComplete).toBe(100);
	});

	test('no row: every value null', () => {
		expect(businessValues(undefined)).toEqual({ registrationRate: null, programmesComplete: null, wageRatio: null, arrears: null, vulnerableSponsored: null });
	});

	test('sizesOf: large and medium, small and micro, or every size', () => {
		expect(sizesOf('business_large_medium')).toEqual(['large', 'medium']);
		expect(sizesOf('business_small_micro')).toEqual(['small', 'micro']);
		expect([...sizesOf('business')].sort()).toEqual(['large', 'medium', 'micro', 'small']);
	});
});

describe('rankAmong', () => {
	const entries = [
		{ key: 'a', values: { x: 5 } },
		{ key: 'b', values: { x: 3 } },
		{ key: 'c', values: { x: 3 } },
		{ key: 'd', values: { x: 1 } },
		{ key: 'e', values: { x: null } },
		{ key: 'f', values: { x: Number.NaN } }
	];

	test('competition ranks (1, 2, 2, 4) among the entries with a value', () => {
		// 5 > 3 = 3 > 1: ranks 1, 2, 2, 4 of the 4 with a finite value.
		expect(['a', 'b', 'c', 'd'].map((k) => rankAmong(entries, 'x', 'higher', k))).toEqual([
			{ rank: 1, of: 4 }, { rank: 2, of: 4 }, { rank: 2, of: 4 }, { rank: 4, of: 4 }
		]);
	});

	test('lower is better: 1 first, 3 and 3 share 2, 5 last', () => {
		expect(['a', 'b', 'c', 'd'].map((k) => rankAmong(entries, 'x', 'lower', k)?.rank)).toEqual([4, 2, 2, 1]);
	});

	test('no rank without a value, for an unknown key or criterion', () => {
		expect(rankAmong(entries, 'x', 'higher', 'e')).toBeNull();
		expect(rankAmong(entries, 'x', 'higher', 'f')).toBeNull();
		expect(rankAmong(entries, 'x', 'higher', 'zz')).toBeNull();
		expect(rankAmong(entries, 'y', 'higher', 'a')).toBeNull();
	});
});
