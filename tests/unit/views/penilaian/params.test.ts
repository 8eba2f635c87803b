/**
 * The panel view's URL parameters: positional weights (one number per criterion in the kind's
 * criteria order), hostile values refused as a whole, the candidate and comparison ids, the
 * year, the band. Expected strings are written by hand from the URL format, not from the code.
 */
import { describe, expect, test } from 'vitest';
import { formatWeightList, parseWeightList, penilaianParams } from '$lib/views/penilaian/params';

const read = (q: string) => penilaianParams.read(q);

// The URL's positions, as the README documents them (criteria order of scoring/criteria.ts).
const GOVERNMENT = ['active', 'growth', 'ucj', 'coverageChangePts', 'informalPenetration', 'targetAttainment', 'regulations', 'apbdVulnerable', 'apbdNonAsn'];
const VILLAGE = ['officialsCovered', 'vulnerableCovered', 'apbdesPeople', 'active', 'growth'];
const BUSINESS = ['registrationRate', 'programmesComplete', 'wageRatio', 'arrears', 'vulnerableSponsored'];

describe('positional weights', () => {
	test('parse: one number per criterion, in order', () => {
		expect(parseWeightList('20_10_0_10_10_10_10_10_5.5', 'government')).toEqual({
			active: 20, growth: 10, ucj: 0, coverageChangePts: 10, informalPenetration: 10, targetAttainment: 10, regulations: 10, apbdVulnerable: 10, apbdNonAsn: 5.5
		});
		expect(parseWeightList('1_2_3_4_5', 'village')).toEqual(Object.fromEntries(VILLAGE.map((id, i) => [id, i + 1])));
		expect(parseWeightList('100_0_0_0_0', 'business')).toEqual({ registrationRate: 100, programmesComplete: 0, wageRatio: 0, arrears: 0, vulnerableSponsored: 0 });
	});

	test('format: the default (10 each) writes nothing; otherwise every position, missing ones at 10', () => {
		expect(formatWeightList(Object.fromEntries(GOVERNMENT.map((id) => [id, 10])), 'government')).toBeNull();
		expect(formatWeightList({}, 'village')).toBeNull();
		expect(formatWeightList({ active: 20 }, 'government')).toBe('20_10_10_10_10_10_10_10_10');
		expect(formatWeightList({ arrears: 0, registrationRate: 2.5 }, 'business')).toBe('2.5_10_10_0_10');
	});

	test('round trip through the whole URL, each kind in its own parameter', () => {
		const state = {
			...penilaianParams.defaults(),
			governmentWeights: Object.fromEntries(GOVERNMENT.map((id, i) => [id, i * 10])),
			villageWeights: Object.fromEntries(VILLAGE.map((id) => [id, 0.5])),
			businessWeights: Object.fromEntries(BUSINESS.map((id, i) => [id, 100 - i]))
		};
		const search = penilaianParams.write(state);
		expect(search).toBe('?bobot=0_10_20_30_40_50_60_70_80&bobotdesa=0.5_0.5_0.5_0.5_0.5&bobotusaha=100_99_98_97_96');
		expect(read(search)).toEqual({ state, problems: [] });
	});

	test.each([
		['wrong count (8 of 9)', '10_10_10_10_10_10_10_10'],
		['wrong count (10 of 9)', '10_10_10_10_10_10_10_10_10_10'],
		['letters', 'abc'],
		['one letter among numbers', '10_10_10_10_abc_10_10_10_10'],
		['above 100', '101_10_10_10_10_10_10_10_10'],
		['negative', '-1_10_10_10_10_10_10_10_10'],
		['exponent', '1e3_10_10_10_10_10_10_10_10'],
		['two decimals', '10.25_10_10_10_10_10_10_10_10'],
		['empty position', '10__10_10_10_10_10_10_10_10'],
		['comma decimal', '10,5_10_10_10_10_10_10_10_10'],
		['trailing separator', '10_10_10_10_10_10_10_10_10_']
	])('refused as a whole: %s', (_, raw) => {
		expect(parseWeightList(raw, 'government')).toBeUndefined();
		const { state, problems } = read(`bobot=${encodeURIComponent(raw)}`);
		expect(state.governmentWeights).toBeNull();
		expect(problems).toEqual([{ param: 'bobot', value: raw }]);
	});

	test('a 10 kB value is refused without being parsed, reported cut to 64 characters', () => {
		const raw = '10_'.repeat(3413) + '1'; // 3 × 3413 + 1 = 10,240 characters
		expect(raw).toHaveLength(10_240);
		expect(parseWeightList(raw, 'government')).toBeUndefined();
		const { state, problems } = read(`bobot=${raw}&bobotdesa=${raw}`);
		expect(state.governmentWeights).toBeNull();
		expect(state.villageWeights).toBeNull();
		expect(problems).toEqual([
			{ param: 'bobot', value: raw.slice(0, 64) },
			{ param: 'bobotdesa', value: raw.slice(0, 64) }
		]);
	});

	test('the same value is valid for one kind and not another (9 vs 5 positions)', () => {
		expect(parseWeightList('1_2_3_4_5', 'government')).toBeUndefined();
		expect(parseWeightList('1_2_3_4_5', 'business')).toEqual(Object.fromEntries(BUSINESS.map((id, i) => [id, i + 1])));
	});
});

describe('banding: candidates side by side', () => {
	const ids = (n: number) => Array.from({ length: n }, (_, i) => `PA2025-62-${String(i + 1).padStart(3, '0')}`);

	test('six ids (6 × 13 + 5 commas = 83 characters, above the usual 64) are accepted', () => {
		const raw = ids(6).join(',');
		expect(raw).toHaveLength(83);
		expect(read(`banding=${raw}`)).toMatchObject({ state: { compared: ids(6) }, problems: [] });
		expect(penilaianParams.write({ ...penilaianParams.defaults(), compared: ids(6) })).toBe(`?banding=${raw}`);
	});

	test('seven ids, a repeated id, or a malformed one are refused', () => {
		for (const raw of [ids(7).join(','), 'PA2025-62-001,PA2025-62-001', "PA2025-62-001,x'; --", 'PA2025-62-001,,PA2025-62-002']) {
			const { state, problems } = read(`banding=${encodeURIComponent(raw)}`);
			expect(state.compared, raw).toEqual([]);
			expect(problems.map((p) => p.param), raw).toEqual(['banding']);
		}
	});
});

describe('tahun, kandidat, rentang, ulang', () => {
	test('tahun: a four-digit year of the 2000s', () => {
		expect(read('tahun=2024').state.year).toBe(2024);
		for (const raw of ['24', '1999', '20245', '2024.0', ' 2024', 'tahun']) {
			const { state, problems } = read(`tahun=${encodeURIComponent(raw)}`);
			expect(state.year, raw).toBeNull();
			expect(problems, raw).toEqual([{ param: 'tahun', value: raw }]);
		}
	});

	test('kandidat: letters, digits, - and _, at most 40', () => {
		expect(read('kandidat=PA2025-61-001').state.candidate).toBe('PA2025-61-001');
		expect(read(`kandidat=${'A'.repeat(40)}`).state.candidate).toBe('A'.repeat(40));
		for (const raw of ['A'.repeat(41), 'PA2025 61', "PA'--", 'PA2025/61', 'Désa']) {
			expect(read(`kandidat=${encodeURIComponent(raw)}`).state.candidate, raw).toBeNull();
		}
	});

	test('rentang: 0–50, default 10 not written; ulang: 1 or 0', () => {
		expect(read('rentang=0').state.band).toBe(0);
		expect(read('rentang=50').state.band).toBe(50);
		for (const raw of ['51', '-5', '5.5', '100']) expect(read(`rentang=${raw}`).state.band, raw).toBe(10);
		expect(penilaianParams.write({ ...penilaianParams.defaults(), band: 10 })).toBe('');
		expect(penilaianParams.write({ ...penilaianParams.defaults(), band: 25, reweight: true })).toBe('?ulang=1&rentang=25');
		expect(read('ulang=1').state.reweight).toBe(true);
		expect(read('ulang=0').state.reweight).toBe(false);
		expect(read('ulang=ya').problems).toEqual([{ param: 'ulang', value: 'ya' }]);
	});

	test('bahasa=en and the filters read together', () => {
		const { state, problems } = read('bahasa=en&tahun=2024&provinsi=61&kategori=regency_government&tahap=province_award&cari=Ketapang');
		expect(problems).toEqual([]);
		expect(state).toMatchObject({ locale: 'en', year: 2024, province: '61', category: 'regency_government', stage: 'province_award', search: 'Ketapang' });
		expect(read('provinsi=6104').state.province).toBeNull();
		expect(read('kategori=best').state.category).toBeNull();
	});
});
