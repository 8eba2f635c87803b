/**
 * Every seed candidate's scorecard figures, computed through the panel view's own path (the
 * same loads as the page: every regency's Decembers, the policy rows, the village lists of the
 * province detail file, the province's employers; then `candidateValues`), against independent
 * native queries over the sample's raw Parquet tables (participation, workforce, ucj_targets,
 * regional_regulations, regional_budget, villages_support, participation_village, employers).
 * The expected figures are computed here, never copied: the sample may be regenerated.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { NodeDb } from '$lib/data/node';
import { candidateList, policyByYear, type CandidateRow, type PolicyYearRow } from '$lib/queries/candidates';
import { hasTable } from '$lib/queries/policy';
import { criteriaOf, type ScoredKind } from '$lib/scoring/criteria';
import { loadDecembers } from '$lib/views/kantor/model';
import { candidateValues, peersOf, villageRegencies, type Loaded } from '$lib/views/penilaian/evaluate';
import { loadEmployers, loadVillageYears, type ProvinceEmployers } from '$lib/views/penilaian/load';
import { indexPolicy, rankAmong, regionCodes, scoredKind, type CriterionValues } from '$lib/views/penilaian/model';
import { DEFAULT_DATASET, DEFAULT_OUT_DIR } from '../../scripts/build-db';
import { nativeRows, openNative, type NativeConnection } from '../../scripts/lib/native-db';
import { siteDb } from './setup';

const YEAR = 2024;
const PARQUET = (name: string) => `read_parquet('${join(DEFAULT_DATASET, `${name}.parquet`)}')`;

// The seed candidates, read at collection time so each gets its own test.
const seedConn = await openNative();
const SEEDS = await nativeRows<{ candidate_id: string; candidate: string }>(
	seedConn,
	`SELECT candidate_id, candidate FROM ${PARQUET('candidates')} WHERE source IS DISTINCT FROM 'synthetic' AND assessment_year = ${YEAR} ORDER BY candidate_id`
);
seedConn.closeSync();

let db: NodeDb;
let native: NativeConnection;
let candidates: CandidateRow[];
let base: Omit<Loaded, 'employers'>;
const employers = new Map<string, ProvinceEmployers>();

beforeAll(async () => {
	[db, native] = await Promise.all([siteDb(), openNative()]);
	const tables = (JSON.parse(readFileSync(join(DEFAULT_OUT_DIR, 'dataset.json'), 'utf8')) as { database: { tables: Record<string, number> } }).database.tables;
	// As the page loads them (src/routes/penilaian/+page.svelte).
	candidates = await db.query<CandidateRow & Record<string, unknown>>(candidateList({ tables })!);
	const seeds = candidates.filter((c) => c.source !== 'synthetic' && c.assessment_year === YEAR);
	const villages = await loadVillageYears(db, (province, options) => db.attachDetail(province, options), { regencies: villageRegencies(seeds), year: YEAR });
	base = {
		decembers: await loadDecembers(db),
		policy: indexPolicy(await db.query<PolicyYearRow & Record<string, unknown>>(policyByYear({ tables })!)),
		hasRegulations: hasTable(tables, 'regional_regulations'),
		villages
	};
	for (const province of new Set(seeds.filter((c) => scoredKind(c) === 'business').map((c) => c.province_code))) {
		employers.set(province, await loadEmployers(db, { province, year: YEAR, tables }));
	}
}, 180_000);
afterAll(() => native?.closeSync());

const loadedFor = (c: CandidateRow): Loaded => ({ ...base, employers: employers.get(c.province_code) ?? null });
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** A regency's (or province's) criteria straight from the raw tables. */
async function governmentExpected(code: string): Promise<CriterionValues> {
	const [r] = await nativeRows<Record<string, unknown>>(
		native,
		`WITH p AS (SELECT * FROM ${PARQUET('participation')} WHERE region_code LIKE $code || '%'),
		      w AS (SELECT * FROM ${PARQUET('workforce')} WHERE region_code LIKE $code || '%'),
		      s AS (
		        SELECT
		          (SELECT sum(active) FROM p WHERE month = DATE '${YEAR}-12-01') AS active,
		          (SELECT sum(active) FROM p WHERE month = DATE '${YEAR - 1}-12-01') AS active_prev,
		          (SELECT sum(active) FROM p WHERE month = DATE '${YEAR}-12-01' AND segment IN ('PU', 'BPU', 'JAKON')) AS ucj_num,
		          (SELECT sum(active) FROM p WHERE month = DATE '${YEAR - 1}-12-01' AND segment IN ('PU', 'BPU', 'JAKON')) AS ucj_num_prev,
		          (SELECT sum(active) FROM p WHERE month = DATE '${YEAR}-12-01' AND segment = 'BPU') AS bpu,
		          (SELECT sum(eligible) FROM w WHERE year = ${YEAR}) AS eligible,
		          (SELECT sum(eligible) FROM w WHERE year = ${YEAR - 1}) AS eligible_prev,
		          (SELECT sum(informal) FROM w WHERE year = ${YEAR}) AS informal,
		          (SELECT target_pct FROM ${PARQUET('ucj_targets')} WHERE province_code = left($code, 2) AND year = ${YEAR}) AS target)
		 SELECT active, 100.0 * (active - active_prev) / active_prev AS growth,
		        100.0 * ucj_num / eligible AS ucj,
		        100.0 * ucj_num / eligible - 100.0 * ucj_num_prev / eligible_prev AS change_pts,
		        100.0 * bpu / informal AS informal_penetration,
		        100.0 * (100.0 * ucj_num / eligible) / target AS target_attainment,
		        (SELECT count(*) FROM ${PARQUET('regional_regulations')} WHERE region_code = $code AND year <= ${YEAR}) AS regulations,
		        (SELECT vulnerable_people FROM ${PARQUET('regional_budget')} WHERE region_code = $code AND year = ${YEAR}) AS apbd_vulnerable,
		        (SELECT non_asn_people FROM ${PARQUET('regional_budget')} WHERE region_code = $code AND year = ${YEAR}) AS apbd_non_asn
		 FROM s`.replaceAll('$code', `'${code}'`)
	);
	return {
		active: num(r!.active),
		growth: num(r!.growth),
		ucj: num(r!.ucj),
		coverageChangePts: num(r!.change_pts),
		informalPenetration: num(r!.informal_penetration),
		targetAttainment: num(r!.target_attainment),
		regulations: num(r!.regulations),
		apbdVulnerable: num(r!.apbd_vulnerable),
		apbdNonAsn: num(r!.apbd_non_asn)
	};
}

/** A village's criteria from villages_support and participation_village (December of the year and the year before). */
async function villageExpected(code: string): Promise<CriterionValues> {
	const [r] = await nativeRows<Record<string, unknown>>(
		native,
		`SELECT
		   (SELECT officials_covered FROM ${PARQUET('villages_support')} WHERE village_code = $1 AND year = ${YEAR}) AS officials,
		   (SELECT vulnerable_covered FROM ${PARQUET('villages_support')} WHERE village_code = $1 AND year = ${YEAR}) AS vulnerable,
		   (SELECT apbdes_people FROM ${PARQUET('villages_support')} WHERE village_code = $1 AND year = ${YEAR}) AS apbdes,
		   (SELECT sum(active) FROM ${PARQUET('participation_village')} WHERE region_code = $1 AND month = DATE '${YEAR}-12-01') AS active,
		   (SELECT sum(active) FROM ${PARQUET('participation_village')} WHERE region_code = $1 AND month = DATE '${YEAR - 1}-12-01') AS active_prev`,
		[code]
	);
	const active = num(r!.active);
	const prev = num(r!.active_prev);
	return {
		officialsCovered: num(r!.officials),
		vulnerableCovered: num(r!.vulnerable),
		apbdesPeople: num(r!.apbdes),
		active,
		// (now − before) ÷ before × 100, no figure over a missing or zero year before
		growth: active === null || prev === null || prev === 0 ? null : ((active - prev) / prev) * 100
	};
}

/** A business's criteria from its employers row of the year; null when it has none. */
async function businessExpected(employerId: string): Promise<CriterionValues | null> {
	const rows = await nativeRows<Record<string, unknown>>(
		native,
		`SELECT 100.0 * workers_registered / nullif(workers, 0) AS registration_rate,
		        -- JKK, JKM, JHT for every business; JP as well for medium and large ones
		        CASE WHEN size IN ('medium', 'large')
		             THEN 100.0 * (has_jkk::INTEGER + has_jkm::INTEGER + has_jht::INTEGER + has_jp::INTEGER) / 4
		             ELSE 100.0 * (has_jkk::INTEGER + has_jkm::INTEGER + has_jht::INTEGER) / 3 END AS programmes,
		        100.0 * wage_reported_idr / nullif(wage_reference_idr, 0) AS wage_ratio,
		        months_in_arrears, vulnerable_sponsored
		 FROM ${PARQUET('employers')} WHERE employer_id = $1 AND year = ${YEAR}`,
		[employerId]
	);
	if (!rows.length) return null;
	const r = rows[0]!;
	return {
		registrationRate: num(r.registration_rate),
		programmesComplete: num(r.programmes),
		wageRatio: num(r.wage_ratio),
		arrears: num(r.months_in_arrears),
		vulnerableSponsored: num(r.vulnerable_sponsored)
	};
}

/** Each criterion of `kind`: counts exactly, ratios to 9 digits, missing as null on both sides. */
function expectValues(kind: ScoredKind, got: CriterionValues, want: CriterionValues, label: string) {
	for (const criterion of criteriaOf(kind)) {
		const g = got[criterion.id];
		const w = want[criterion.id];
		const what = `${label} ${criterion.id}`;
		if (w === null || w === undefined) expect(g, what).toBeNull();
		else if (criterion.unit === 'count' || criterion.unit === 'months') expect(g, what).toBe(w);
		else expect(g, what).toBeCloseTo(w, 9);
	}
}

test('the seed candidates are the Kalimantan list of Paritrana Award 2025', () => {
	expect(SEEDS.length).toBeGreaterThanOrEqual(20);
	expect(candidates.filter((c) => c.source !== 'synthetic' && c.assessment_year === YEAR).map((c) => c.candidate_id)).toEqual(SEEDS.map((s) => s.candidate_id));
});

describe.each(SEEDS)('$candidate_id $candidate', ({ candidate_id }) => {
	test('criteria values equal an independent query over the raw tables', async () => {
		const c = candidates.find((r) => r.candidate_id === candidate_id)!;
		const kind = scoredKind(c);
		expect(kind).not.toBeNull();
		const v = candidateValues(c, loadedFor(c));
		expect(v.ready).toBe(true);
		if (kind === 'business') {
			const want = await businessExpected(c.employer_id!);
			if (want === null) {
				expect(v.gap).toBe('noRow');
				expect(Object.values(v.values).every((x) => x === null)).toBe(true);
			} else {
				expect(v.gap).toBeNull();
				expect(want.registrationRate, candidate_id).not.toBeNull();
				expectValues('business', v.values, want, candidate_id);
			}
			return;
		}
		const codes = regionCodes(c);
		const expected = await Promise.all(codes.map((code) => (kind === 'government' ? governmentExpected(code) : villageExpected(code))));
		expect(v.alternatives.map((a) => a.code)).toEqual(codes);
		// The seeds' regions have data: a comparison of nulls with nulls would prove nothing.
		for (const e of expected) expect(e.active, candidate_id).not.toBeNull();
		v.alternatives.forEach((a, i) => expectValues(kind!, a.values, expected[i]!, `${candidate_id} ${a.code}`));
		if (codes.length > 1) {
			// Never guessed: no values of its own, every alternative shown.
			expect(v.gap).toBe('ambiguous');
			expect(Object.values(v.values).filter((x) => x !== null)).toEqual([]);
		} else {
			expect(v.gap).toBeNull();
			expectValues(kind!, v.values, expected[0]!, candidate_id);
		}
	});
});

test('Desa Arga Mulya is open between 6201062008 and 6209032037, each with its own figures', async () => {
	const c = candidates.find((r) => r.candidate === 'Desa Arga Mulya' && r.assessment_year === YEAR)!;
	const v = candidateValues(c, loadedFor(c));
	expect(v.gap).toBe('ambiguous');
	expect(v.values).toEqual({});
	expect(v.alternatives.map((a) => a.code)).toEqual(['6201062008', '6209032037']);
	for (const a of v.alternatives) expectValues('village', a.values, await villageExpected(a.code), a.code);
	// Ranked against no village: its peers would depend on the guess.
	expect(peersOf(c, loadedFor(c), (code) => code)).toEqual([]);
});

test('a business whose employer has no row in the year gets the gap noRow and no values', () => {
	const seed = candidates.find((r) => scoredKind(r) === 'business' && r.source !== 'synthetic')!;
	const v = candidateValues({ ...seed, employer_id: 'EMP-62-NONE' }, loadedFor(seed));
	expect(v).toMatchObject({ ready: true, gap: 'noRow' });
	expect(Object.values(v.values)).toEqual([null, null, null, null, null]);
});

test("Ketapang's ucj rank among Kalimantan Barat's regencies equals RANK() OVER in SQL", async () => {
	const c = candidates.find((r) => r.candidate_id === 'PA2025-61-001')!;
	expect(c.region_code).toBe('6104');
	const peers = peersOf(c, loadedFor(c), (code) => code);
	const rank = rankAmong(peers, 'ucj', 'higher', '6104');
	const ranked = await nativeRows<{ region_code: string; rank: number; n: number }>(
		native,
		`WITH u AS (
		   SELECT p.region_code, sum(p.active) / (SELECT sum(eligible) FROM ${PARQUET('workforce')} AS w WHERE w.region_code = p.region_code AND w.year = ${YEAR}) AS ucj
		   FROM ${PARQUET('participation')} AS p
		   WHERE p.region_code LIKE '61__' AND p.month = DATE '${YEAR}-12-01' AND p.segment <> 'PMI'
		   GROUP BY p.region_code)
		 SELECT region_code, RANK() OVER (ORDER BY ucj DESC) AS rank, count(*) OVER () AS n FROM u WHERE ucj IS NOT NULL`
	);
	const ketapang = ranked.find((r) => r.region_code === '6104')!;
	expect(ranked.length).toBeGreaterThan(5);
	expect(rank).toEqual({ rank: ketapang.rank, of: ketapang.n });
});
