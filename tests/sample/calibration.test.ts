/**
 * The committed sample (data/sample) against the calibration figures of DOMAIN.md section 5,
 * pinned in helpers.ts. Counting rule (scripts/sample/anchors.ts): national "active
 * participants" = PU + BPU + JAKON + PMI (the 2023 and 2024 rows only add up with PMI inside);
 * coverage (`ucj`) = PU + BPU + JAKON over eligible workers, PMI excluded.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { NativeConnection } from '../../scripts/lib/native-db';
import { PLANTED_DECLINES } from '../../scripts/sample/anchors';
import {
	ACTIVITY_RATIO_2023,
	BPS,
	COVERAGE_GUIDANCE,
	ELIGIBLE_SHARE,
	JAKON_WITH_PMI_2024,
	NATIONAL_ACTIVE,
	NATIONAL_SEGMENTS,
	PROVINCE_ANCHORS_2023,
	SAMPLE_DIR,
	nativeRows,
	openDataset,
	scalar
} from './helpers';

let conn: NativeConnection;
/** National December active by year and segment, people. */
const national = new Map<number, Record<string, number>>();
/** Province December coverage (PU + BPU + JAKON over eligible, %) by year. */
const provinceUcj = new Map<string, Map<number, number>>();

beforeAll(async () => {
	({ conn } = await openDataset(SAMPLE_DIR));
	const rows = await nativeRows<{ y: number; segment: string; n: number }>(
		conn,
		`SELECT year(month)::INTEGER AS y, segment, sum(active)::DOUBLE AS n FROM participation
		 WHERE month(month) = 12 GROUP BY ALL`
	);
	for (const r of rows) national.set(r.y, { ...national.get(r.y), [r.segment]: r.n });
	const ucj = await nativeRows<{ p: string; y: number; ucj: number }>(
		conn,
		`WITH a AS (SELECT left(region_code, 2) AS p, year(month)::INTEGER AS y, sum(active) AS n FROM participation
		            WHERE month(month) = 12 AND segment <> 'PMI' GROUP BY ALL),
		      e AS (SELECT left(region_code, 2) AS p, year AS y, sum(eligible) AS n FROM workforce GROUP BY ALL)
		 SELECT p, y, (100 * a.n / e.n)::DOUBLE AS ucj FROM a JOIN e USING (p, y)`
	);
	for (const r of ucj) (provinceUcj.get(r.p) ?? provinceUcj.set(r.p, new Map()).get(r.p)!).set(r.y, r.ucj);
});
afterAll(() => conn?.closeSync());

const total = (y: number) => Object.values(national.get(y)!).reduce((s, v) => s + v, 0);
const millions = (v: number) => `${(v / 1e6).toFixed(2)} M`;

/** Assert `actual` (people) within `tol` (share) of `expected` (millions), naming the figure. */
function within(actual: number, expectedM: number, tol: number, figure: string) {
	const dev = actual / (expectedM * 1e6) - 1;
	expect(Math.abs(dev), `${figure}: data ${millions(actual)} (${(dev * 100).toFixed(1)}%), allowed ±${tol * 100}%`).toBeLessThanOrEqual(tol);
}

describe('national December totals (PU + BPU + JAKON + PMI)', () => {
	test.each(Object.entries(NATIONAL_ACTIVE.exact))('Dec %s within ±5%% of %s M', (y, m) => {
		within(total(Number(y)), m, 0.05, `active participants Dec ${y} (DOMAIN.md ${m} M)`);
	});
	test.each(Object.entries(NATIONAL_ACTIVE.approx))('Dec %s within ±10%% of ≈%s M', (y, m) => {
		within(total(Number(y)), m, 0.1, `active participants Dec ${y} (DOMAIN.md ≈${m} M)`);
	});
	test('PMI is a small segment counted in the totals (0.2–0.5 M every December)', () => {
		for (let y = 2019; y <= 2025; y++) {
			const pmi = national.get(y)!.PMI!;
			expect(pmi, `PMI Dec ${y}: ${millions(pmi)}`).toBeGreaterThanOrEqual(0.2e6);
			expect(pmi, `PMI Dec ${y}: ${millions(pmi)}`).toBeLessThanOrEqual(0.5e6);
		}
	});
});

describe('national segments in December (±10%)', () => {
	const cases = Object.entries(NATIONAL_SEGMENTS).flatMap(([y, segs]) =>
		Object.entries(segs).map(([seg, m]) => [y, seg, m] as const)
	);
	test.each(cases)('Dec %s %s ≈ %s M', (y, seg, m) => {
		within(national.get(Number(y))![seg]!, m, 0.1, `${seg} Dec ${y} (DOMAIN.md ${m} M)`);
	});
	test('Dec 2024 JAKON + PMI ≈ 6.0 M ("JAKON 6.0 (with PMI)")', () => {
		const d = national.get(2024)!;
		within(d.JAKON! + d.PMI!, JAKON_WITH_PMI_2024, 0.1, 'JAKON with PMI Dec 2024 (DOMAIN.md 6.0 M)');
	});
});

describe('province anchors, active participants Dec 2023 (Kemnaker), ±10%', () => {
	test.each(Object.entries(PROVINCE_ANCHORS_2023))('%s %j', async (p, [label, m]) => {
		const n = await scalar(conn, `SELECT sum(active)::DOUBLE FROM participation WHERE month = '2023-12-01' AND left(region_code, 2) = '${p}'`);
		within(n, m, 0.1, `${label} Dec 2023 (DOMAIN.md ${m} M)`);
	});
});

describe('province coverage (ucj, eligible base)', () => {
	const provinces = Object.keys(PROVINCE_ANCHORS_2023).concat(['75', '76', '81', '82', '91', '92', '93', '94', '95', '96']).sort();
	test.each(provinces.filter((p) => p !== '31'))('province %s: Dec 2024 ucj between 25% and 70%', (p) => {
		const u = provinceUcj.get(p)!.get(2024)!;
		expect(u, `ucj Dec 2024 of ${p}: ${u.toFixed(1)}% (DOMAIN.md: provinces range roughly 25–70%)`).toBeGreaterThanOrEqual(25);
		expect(u, `ucj Dec 2024 of ${p}: ${u.toFixed(1)}%`).toBeLessThanOrEqual(70);
	});
	test('DKI Jakarta is the one exception: above 100% (7.5 M counted where employers are, against ~4.5 M eligible residents)', () => {
		const u = provinceUcj.get('31')!.get(2024)!;
		expect(u, `DKI ucj Dec 2024 ${u.toFixed(1)}%`).toBeGreaterThan(100);
		const above = [...provinceUcj].filter(([p, ys]) => p !== '31' && [...ys.values()].some((v) => v > 100)).map(([p]) => p);
		expect(above, 'provinces other than DKI above 100% in some December').toEqual([]);
	});
	test.each(COVERAGE_GUIDANCE)('coverage guidance: $label, Dec $year within ±8 points (NTT ±10)', ({ province, label, pct, year }) => {
		const u = provinceUcj.get(province)!.get(year)!;
		const tol = province === '53' ? 10 : 8;
		expect(Math.abs(u - pct), `${label}: data Dec ${year} ${u.toFixed(1)}%`).toBeLessThanOrEqual(tol);
	});
	test('some regencies exceed 100% (city centres), a few only', async () => {
		const n = await scalar(
			conn,
			`SELECT count(*) FROM (SELECT region_code, sum(active) AS a FROM participation WHERE month = '2024-12-01' AND segment <> 'PMI' GROUP BY 1)
			 JOIN workforce w USING (region_code) WHERE w.year = 2024 AND a > w.eligible`
		);
		expect(n, 'regencies above 100% coverage in Dec 2024').toBeGreaterThanOrEqual(1);
		expect(n, 'regencies above 100% coverage in Dec 2024').toBeLessThanOrEqual(15);
	});
});

describe('the shape of the year', () => {
	test.each([2020, 2021, 2022, 2023, 2024, 2025])('January %s is below the previous December nationally', async (y) => {
		const jan = await scalar(conn, `SELECT sum(active)::DOUBLE FROM participation WHERE month = '${y}-01-01'`);
		expect(jan, `Jan ${y} ${millions(jan)} vs Dec ${y - 1} ${millions(total(y - 1))} (DOMAIN.md: active counts fall every January)`).toBeLessThan(total(y - 1));
	});
	test('January is below the previous December in most provinces (≥ 90% of province-years)', async () => {
		const rows = await nativeRows<{ n: number; below: number }>(
			conn,
			`WITH m AS (SELECT left(region_code, 2) AS p, month, sum(active) AS a FROM participation GROUP BY ALL)
			 SELECT count(*)::DOUBLE AS n, count(*) FILTER (j.a < d.a)::DOUBLE AS below
			 FROM m AS j JOIN m AS d ON d.p = j.p AND d.month = j.month - INTERVAL 1 MONTH
			 WHERE month(j.month) = 1`
		);
		const { n, below } = rows[0]!;
		expect(below / n, `province-years with a January dip: ${below} of ${n}`).toBeGreaterThanOrEqual(0.9);
	});
	test('the 2020 pandemic fall in PU: Dec 2020 PU below Dec 2019 PU', () => {
		expect(national.get(2020)!.PU!, `PU Dec 2020 ${millions(national.get(2020)!.PU!)} vs Dec 2019 ${millions(national.get(2019)!.PU!)}`).toBeLessThan(national.get(2019)!.PU!);
	});
	test('BPU grows after Inpres 2/2021: every December 2021–2023 above the previous, 2023 at least 3× 2020', () => {
		const bpu = (y: number) => national.get(y)!.BPU!;
		for (const y of [2021, 2022, 2023]) expect(bpu(y), `BPU Dec ${y} vs Dec ${y - 1}`).toBeGreaterThan(bpu(y - 1));
		expect(bpu(2023) / bpu(2020), 'BPU Dec 2023 / Dec 2020').toBeGreaterThanOrEqual(3);
	});
	test('activity ratio Dec 2023 ≈ 68% (±3 points)', async () => {
		const r = await scalar(conn, `SELECT (sum(active) / sum(active + non_active))::DOUBLE FROM participation WHERE month = '2023-12-01'`);
		expect(Math.abs(r - ACTIVITY_RATIO_2023), `activity ratio Dec 2023 ${(r * 100).toFixed(1)}%`).toBeLessThanOrEqual(0.03);
	});
});

describe('declines a panel can decompose', () => {
	/** Regency-years whose Dec-to-Dec PU + BPU + JAKON falls ≥ 3%, one segment ≥ 70% of the fall. */
	const DECLINES = `
		WITH d AS (SELECT region_code, year(month)::INTEGER AS y, segment, active FROM participation WHERE month(month) = 12 AND segment <> 'PMI'),
		     c AS (SELECT cur.region_code, cur.y, cur.segment, prev.active - cur.active AS fall, prev.active AS before
		           FROM d AS cur JOIN d AS prev ON prev.region_code = cur.region_code AND prev.segment = cur.segment AND prev.y = cur.y - 1),
		     t AS (SELECT region_code, y, sum(fall) AS fall, sum(before) AS before, max(fall) AS top FROM c GROUP BY ALL)
		SELECT region_code, y FROM t WHERE fall >= 0.03 * before AND top >= 0.7 * fall`;
	test('at least 20 regencies fall ≥ 3% with one segment ≥ 70% of the fall, in several provinces', async () => {
		const rows = await nativeRows<{ region_code: string }>(conn, DECLINES);
		const regencies = new Set(rows.map((r) => r.region_code));
		const provinces = new Set([...regencies].map((c) => c.slice(0, 2)));
		expect(regencies.size, 'regencies with a one-segment decline').toBeGreaterThanOrEqual(20);
		expect(provinces.size, 'provinces with such a decline').toBeGreaterThanOrEqual(5);
	});
	test('every planted decline (scripts/sample/anchors.ts) is there, driven by its segment', async () => {
		const rows = await nativeRows<{ region_code: string; y: number }>(conn, DECLINES);
		const found = new Set(rows.map((r) => `${r.region_code}/${r.y}`));
		for (const d of PLANTED_DECLINES) {
			expect(found.has(`${d.code}/${d.year}`), `planted decline ${d.code} ${d.year} ${d.segment} (${d.story})`).toBe(true);
			const fall = await scalar(
				conn,
				`SELECT (sum(active) FILTER (month = '${d.year - 1}-12-01') - sum(active) FILTER (month = '${d.year}-12-01'))::DOUBLE
				 FROM participation WHERE region_code = '${d.code}' AND segment = '${d.segment}'`
			);
			expect(fall, `${d.segment} falls in ${d.code} ${d.year}`).toBeGreaterThan(0);
		}
	});
	test('Kalimantan Timur and Tengah have such declines in 2024 (the 2025 panels asked why, seed 002)', async () => {
		const rows = await nativeRows<{ region_code: string }>(conn, `SELECT * FROM (${DECLINES}) WHERE y = 2024`);
		for (const p of ['64', '62']) {
			const n = rows.filter((r) => r.region_code.startsWith(p)).length;
			expect(n, `regencies of ${p} with a one-segment decline Dec 2023 → Dec 2024`).toBeGreaterThanOrEqual(3);
		}
	});
});

describe('workforce: BPS August figures apportioned to regencies', () => {
	test.each(Object.entries(BPS))('%s: national working population and formal/informal split equal BPS exactly', async (y, [m, formalPct]) => {
		const rows = await nativeRows<{ w: number; f: number; i: number }>(
			conn,
			`SELECT sum(working_population)::DOUBLE AS w, sum(formal)::DOUBLE AS f, sum(informal)::DOUBLE AS i FROM workforce WHERE year = ${y}`
		);
		const working = Math.round(m * 1e6);
		const formal = Math.round((working * formalPct) / 100);
		expect(rows[0]!.w, `working population ${y} (BPS ${m} M)`).toBe(working);
		expect(rows[0]!.f, `formal ${y} (BPS ${formalPct}%)`).toBe(formal);
		expect(rows[0]!.i, `informal ${y}`).toBe(working - formal);
	});
	test('eligible is 72% of the working nationally and 66–78% in every regency', async () => {
		const rows = await nativeRows<{ year: number; share: number; lo: number; hi: number }>(
			conn,
			`SELECT year, (sum(eligible) / sum(working_population))::DOUBLE AS share,
			        min(eligible / working_population)::DOUBLE AS lo, max(eligible / working_population)::DOUBLE AS hi
			 FROM workforce GROUP BY year`
		);
		for (const r of rows) {
			expect(Math.abs(r.share - ELIGIBLE_SHARE), `national eligible share ${r.year}`).toBeLessThan(0.0005);
			expect(r.lo, `lowest regency eligible share ${r.year}`).toBeGreaterThanOrEqual(0.66);
			expect(r.hi, `highest regency eligible share ${r.year}`).toBeLessThanOrEqual(0.78);
		}
	});
	test('cities are more formal than kabupaten', async () => {
		const rows = await nativeRows<{ kota: boolean; share: number }>(
			conn,
			`SELECT right(left(region_code, 4), 2)::INTEGER >= 71 AS kota, (sum(formal) / sum(working_population))::DOUBLE AS share
			 FROM workforce WHERE year = 2024 GROUP BY 1`
		);
		const share = (k: boolean) => rows.find((r) => r.kota === k)!.share;
		expect(share(true), 'formal share, kota vs kabupaten').toBeGreaterThan(share(false) + 0.1);
	});
});

describe('programmes, contributions, villages, budgets', () => {
	test('JKK and JKM equal the segment’s active; JHT, JP, JKP never above it; JKP only from Feb 2021', async () => {
		const bad = await scalar(
			conn,
			`SELECT count(*) FROM participation_programme pp JOIN participation p USING (region_code, month, segment)
			 WHERE (pp.programme IN ('JKK', 'JKM') AND pp.active <> p.active) OR pp.active > p.active
			    OR (pp.programme = 'JKP' AND pp.month < '2021-02-01' AND pp.active > 0)`
		);
		expect(bad, 'programme rows breaking the rules').toBe(0);
		const combos = await nativeRows<{ c: string }>(conn, `SELECT DISTINCT segment || ':' || programme AS c FROM participation_programme ORDER BY 1`);
		expect(combos.map((r) => r.c)).toEqual(
			['BPU:JHT', 'BPU:JKK', 'BPU:JKM', 'JAKON:JKK', 'JAKON:JKM', 'PMI:JHT', 'PMI:JKK', 'PMI:JKM', 'PU:JHT', 'PU:JKK', 'PU:JKM', 'PU:JKP', 'PU:JP']
		);
	});
	test('BPU contributions per active are Rp16,800–36,800 in every row; PU a few % of wages', async () => {
		const bpu = await nativeRows<{ lo: number; hi: number }>(
			conn,
			`SELECT min(contributions_idr / active)::DOUBLE AS lo, max(contributions_idr / active)::DOUBLE AS hi
			 FROM participation WHERE segment = 'BPU' AND active > 0`
		);
		expect(bpu[0]!.lo).toBeGreaterThanOrEqual(16_800 - 1);
		expect(bpu[0]!.hi).toBeLessThanOrEqual(36_800);
		const pu = await scalar(conn, `SELECT (sum(contributions_idr) / sum(active))::DOUBLE FROM participation WHERE segment = 'PU' AND month = '2024-12-01'`);
		expect(pu, 'PU contribution per active, Dec 2024 (Rp)').toBeGreaterThan(100_000);
		expect(pu, 'PU contribution per active, Dec 2024 (Rp)').toBeLessThan(500_000);
	});
	test('villages add up exactly to their regency every December and segment', async () => {
		const bad = await scalar(
			conn,
			`WITH v AS (SELECT left(region_code, 4) AS region_code, month, segment, sum(active) AS a, sum(non_active) AS na
			            FROM participation_village GROUP BY ALL)
			 SELECT count(*) FROM participation p LEFT JOIN v USING (region_code, month, segment)
			 WHERE month(p.month) = 12 AND (coalesce(v.a, 0) <> p.active OR coalesce(v.na, 0) <> p.non_active)`
		);
		expect(bad, 'regency × December × segment whose villages do not add up').toBe(0);
		const villages = await scalar(conn, `SELECT count(DISTINCT region_code) FROM participation_village`);
		expect(villages, 'villages with participation rows').toBe(83_762);
	});
	test('village schemes: APBDes at Rp16,800 a month per person, within the village’s BPU; none in kelurahan', async () => {
		const rows = await nativeRows<{ n: number; bad_idr: number; bad_order: number; kel: number; active: number }>(
			conn,
			`SELECT count(*)::DOUBLE AS n,
			        count(*) FILTER (apbdes_idr <> apbdes_people * 16800 * 12)::DOUBLE AS bad_idr,
			        count(*) FILTER (apbdes_people > vulnerable_covered OR vulnerable_covered > coalesce(b.active, 0))::DOUBLE AS bad_order,
			        count(*) FILTER (substr(village_code, 7, 1) = '1' AND apbdes_people > 0)::DOUBLE AS kel,
			        count(*) FILTER (apbdes_people > 0)::DOUBLE AS active
			 FROM villages_support s LEFT JOIN participation_village b
			   ON b.region_code = s.village_code AND b.segment = 'BPU' AND b.month = make_date(s.year, 12, 1)`
		);
		const r = rows[0]!;
		expect(r.n, 'villages_support rows: every village × 2019–2025').toBe(83_762 * 7);
		expect(r.bad_idr, 'apbdes_idr ≠ people × 16,800 × 12').toBe(0);
		expect(r.bad_order, 'apbdes_people ≤ vulnerable_covered ≤ village BPU active broken').toBe(0);
		expect(r.kel, 'kelurahan with APBDes').toBe(0);
		expect(r.active / r.n, 'share of village-years with an APBDes scheme').toBeGreaterThan(0.05);
		expect(r.active / r.n, 'share of village-years with an APBDes scheme').toBeLessThan(0.4);
	});
	test('Penajam Paser Utara, APBD 2025: Rp3 billion for 15,000 vulnerable workers', async () => {
		const rows = await nativeRows<{ vulnerable_idr: number; vulnerable_people: number }>(
			conn,
			`SELECT vulnerable_idr, vulnerable_people FROM regional_budget WHERE region_code = '6409' AND year = 2025`
		);
		expect(rows).toEqual([{ vulnerable_idr: 3_000_000_000, vulnerable_people: 15_000 }]);
		const bpu = await scalar(conn, `SELECT active FROM participation WHERE region_code = '6409' AND segment = 'BPU' AND month = '2025-12-01'`);
		expect(bpu, 'BPU active in Penajam Paser Utara, Dec 2025').toBeGreaterThan(15_000);
	});
	test('regional governments pay for ≈1.2 M vulnerable workers in 2022 (±20%), never more than the region’s BPU', async () => {
		const n = await scalar(conn, `SELECT sum(vulnerable_people)::DOUBLE FROM regional_budget WHERE year = 2022`);
		within(n, 1.2, 0.2, 'vulnerable workers paid by regional governments 2022 (DOMAIN.md ≈1.2 M, Oct 2022)');
		const over = await scalar(
			conn,
			`WITH b AS (SELECT left(region_code, 4) AS r, year(month)::INTEGER AS year, sum(active) AS a FROM participation WHERE segment = 'BPU' AND month(month) = 12 GROUP BY ALL)
			 SELECT count(*) FROM regional_budget g JOIN b ON b.r = g.region_code AND b.year = g.year WHERE g.vulnerable_people > b.a`
		);
		expect(over, 'regency budgets paying for more people than the regency’s BPU').toBe(0);
	});
});
