/**
 * The committed sample's structure: real regions and names, offices (the seeds' two branch
 * groupings), the Papua rule, the seeds' candidates exactly as in their CSV, the synthetic
 * editions, regulations by level, targets, employers, the manifest and the size budget.
 */
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CANDIDATE_CATEGORIES, PROVINCE_KANWIL } from '../../src/lib/contract/domain';
import { checksumInput, manifestProblems, type Manifest } from '../../src/lib/contract/manifest';
import { sha256File, sha256Text } from '../../scripts/lib/dataset-writer';
import type { NativeConnection } from '../../scripts/lib/native-db';
import { ROOT, SAMPLE_DIR, SAMPLE_SEED, nativeRows, openDataset, scalar } from './helpers';

const REFERENCE = join(ROOT, 'data/reference');
const SEEDS_COPY = join(ROOT, 'scripts/sample/seeds/paritrana_2025_candidates.csv');
// The project's shared folder sits beside the repository (on developers' machines and in CI).
const SEEDS_SHARED = fileURLToPath(new URL('../../../shared/seeds/paritrana_2025_candidates.csv', import.meta.url));

let conn: NativeConnection;
let manifest: Manifest;
beforeAll(async () => {
	({ conn, manifest } = await openDataset(SAMPLE_DIR));
});
afterAll(() => conn?.closeSync());

const csv = (file: string) => `read_csv('${join(REFERENCE, file)}', all_varchar = true, header = true)`;

describe('regions', () => {
	test('38 provinces, 514 regencies, 7,285 districts, 83,762 villages', async () => {
		const rows = await nativeRows<{ level: string; n: number }>(conn, `SELECT level, count(*)::INTEGER AS n FROM regions GROUP BY 1 ORDER BY n`);
		expect(Object.fromEntries(rows.map((r) => [r.level, r.n]))).toEqual({ province: 38, regency: 514, district: 7285, village: 83762 });
	});
	test('codes and names exactly as in data/reference, parents and provinces from the code', async () => {
		const diff = await scalar(
			conn,
			`WITH ref AS (SELECT code, name, NULL AS parent FROM ${csv('provinces.csv')}
			              UNION ALL SELECT code, name, province_code FROM ${csv('regencies.csv')}
			              UNION ALL SELECT code, name, regency_code FROM ${csv('districts.csv')}
			              UNION ALL SELECT code, name, district_code FROM ${csv('villages.csv')})
			 SELECT count(*) FROM ref FULL JOIN regions r USING (code)
			 WHERE ref.name IS DISTINCT FROM r.name OR ref.parent IS DISTINCT FROM r.parent_code OR r.province_code <> left(code, 2)`
		);
		expect(diff, 'regions differing from the reference CSVs').toBe(0);
	});
	test('kinds from the code digits: 98 kota, 8,496 kelurahan, 14 desa adat in 9103', async () => {
		const rows = await nativeRows<{ kind: string; n: number }>(conn, `SELECT kind, count(*)::INTEGER AS n FROM regions GROUP BY 1`);
		const n = Object.fromEntries(rows.map((r) => [r.kind, r.n]));
		expect(n).toMatchObject({ provinsi: 38, kabupaten: 416, kota: 98, kecamatan: 7285, kelurahan: 8496, desa_adat: 14, desa: 75252 });
		expect(await scalar(conn, `SELECT count(*) FROM regions WHERE kind = 'desa_adat' AND left(code, 4) <> '9103'`)).toBe(0);
	});
	test('Kanwil on provinces and regencies (from PROVINCE_KANWIL), null below; branch office on regencies only', async () => {
		const rows = await nativeRows<{ code: string; level: string; kanwil: string | null; branch_office: string | null; province_code: string }>(
			conn,
			`SELECT code, level, kanwil, branch_office, province_code FROM regions WHERE level IN ('province', 'regency') OR kanwil IS NOT NULL OR branch_office IS NOT NULL`
		);
		for (const r of rows) {
			expect(r.level === 'province' || r.level === 'regency', `${r.code} has an office`).toBe(true);
			expect(r.kanwil, `kanwil of ${r.code}`).toBe(PROVINCE_KANWIL[r.province_code]);
			expect(r.branch_office === null, `branch office of ${r.code}`).toBe(r.level === 'province');
		}
	});
});

describe('branch offices', () => {
	test('Pangkalan Bun covers exactly Kotawaringin Barat (6201) and Sukamara (6208) (seed 001)', async () => {
		const rows = await nativeRows<{ code: string }>(conn, `SELECT code FROM regions WHERE branch_office = 'Pangkalan Bun' ORDER BY code`);
		expect(rows.map((r) => r.code)).toEqual(['6201', '6208']);
	});
	test('Tabalong Tanjung covers exactly Tabalong (6309) and Balangan (6311) (seed 004)', async () => {
		const rows = await nativeRows<{ code: string }>(conn, `SELECT code FROM regions WHERE branch_office = 'Tabalong Tanjung' ORDER BY code`);
		expect(rows.map((r) => r.code)).toEqual(['6309', '6311']);
	});
	test('about 125 branch offices, each 1–8 regencies of one province', async () => {
		const rows = await nativeRows<{ b: string; n: number; p: number }>(
			conn,
			`SELECT branch_office AS b, count(*)::INTEGER AS n, count(DISTINCT province_code)::INTEGER AS p FROM regions WHERE level = 'regency' GROUP BY 1`
		);
		expect(rows.length).toBeGreaterThanOrEqual(115);
		expect(rows.length).toBeLessThanOrEqual(135);
		for (const r of rows) {
			expect(r.p, `${r.b} spans provinces`).toBe(1);
			expect(r.n, `${r.b} regencies`).toBeGreaterThanOrEqual(1);
			expect(r.n, `${r.b} regencies`).toBeLessThanOrEqual(8);
		}
	});
});

describe('the Papua rule: 2025-edition codes in every year, province = first two digits', () => {
	test('the four new provinces’ regencies (93xx–96xx) have workforce and participation rows in 2019–2022', async () => {
		const rows = await nativeRows<{ p: string; regs: number; wf: number; months: number }>(
			conn,
			`SELECT r.province_code AS p, count(DISTINCT r.code)::INTEGER AS regs,
			        (SELECT count(*) FROM workforce w WHERE left(w.region_code, 2) = r.province_code AND w.year BETWEEN 2019 AND 2022)::INTEGER AS wf,
			        (SELECT count(DISTINCT month) FROM participation pa WHERE left(pa.region_code, 2) = r.province_code AND pa.month < '2023-01-01')::INTEGER AS months
			 FROM regions r WHERE r.level = 'regency' AND r.province_code IN ('93', '94', '95', '96') GROUP BY 1 ORDER BY 1`
		);
		expect(rows.map((r) => r.p)).toEqual(['93', '94', '95', '96']);
		for (const r of rows) {
			expect(r.wf, `workforce rows 2019–2022 of ${r.p}`).toBe(r.regs * 4);
			expect(r.months, `months before 2023 with participation in ${r.p}`).toBe(48);
		}
		const old = await scalar(conn, `SELECT count(*) FROM participation WHERE left(region_code, 2) IN ('93', '94', '95', '96') AND month = '2019-12-01'`);
		expect(old, 'Dec 2019 rows keyed by 93xx–96xx').toBeGreaterThan(0);
	});
	test('every region’s province is its code’s first two digits', async () => {
		expect(await scalar(conn, `SELECT count(*) FROM regions WHERE province_code <> left(code, 2)`)).toBe(0);
	});
});

describe('candidates', () => {
	test.skipIf(!existsSync(SEEDS_SHARED))('the copy of the seeds’ CSV is unchanged', () => {
		expect(readFileSync(SEEDS_COPY, 'utf8')).toBe(readFileSync(SEEDS_SHARED, 'utf8'));
	});
	test('every seed row is present exactly, field by field', async () => {
		const seeds = await nativeRows<Record<string, string | null>>(
			conn,
			`SELECT * FROM read_csv('${SEEDS_COPY}', all_varchar = true, header = true)`
		);
		const rows = await nativeRows<Record<string, unknown>>(conn, `SELECT * FROM candidates WHERE source <> 'synthetic' ORDER BY candidate_id`);
		expect(rows.length, 'seed candidates').toBe(seeds.length);
		expect(seeds.length, "19 Kalteng + 7 Kaltim + 3 Kalbar + 1 Kalsel").toBe(30);
		for (const s of seeds) {
			const match = rows.filter((r) => r.candidate === s.candidate && r.province_code === s.province_code);
			expect(match.length, `rows for ${s.candidate}`).toBe(1);
			const r = match[0]!;
			expect(r.edition, s.candidate!).toBe(s.edition);
			expect(r.assessment_year, s.candidate!).toBe(Number(s.assessment_year));
			expect(r.stage, s.candidate!).toBe(s.stage);
			expect(r.candidate_kind, s.candidate!).toBe(s.candidate_kind);
			expect(r.category, s.candidate!).toBe(s.candidate_kind);
			expect(r.region_code, s.candidate!).toBe(s.region_code ?? null);
			expect(r.nominating_office, s.candidate!).toBe(s.nominating_office ?? null);
			expect(r.result, s.candidate!).toBe(s.result === null ? null : Number(s.result));
			expect(r.source, s.candidate!).toBe(s.source_file);
			// The seeds' own note, and for KC Pangkalan Bun's nominees seed 001's "4" vs "three" (seeds/README.md).
			const seed001 = s.nominating_office === 'Pangkalan Bun' ? 'seed 001 says KC Pangkalan Bun nominated "4" candidates in one place and "three" in two others; its list names four (Kotawaringin Barat, Sukamara, LPP Enter, Desa Sakabulin)' : null;
			expect(r.note, s.candidate!).toBe([s.note ?? null, seed001].filter((n) => n !== null).join('; ') || null);
			expect(r.candidate_id, s.candidate!).toMatch(new RegExp(`^PA2025-${s.province_code}-\\d{3}$`));
			expect(r.employer_id === null, `employer link of ${s.candidate}`).toBe(s.candidate_kind !== 'business');
		}
		expect(rows.filter((r) => String(r.note ?? '').includes('seed 001 says')).map((r) => r.candidate).sort()).toEqual(['Desa Sakabulin', 'Kabupaten Kotawaringin Barat', 'Kabupaten Sukamara', 'LKP Enter']);
		const arga = rows.find((r) => r.candidate === 'Desa Arga Mulya')!;
		expect(arga.region_code).toBe('6201062008|6209032037');
	});
	test('seed businesses link to employers in Kalimantan Tengah with no regency, named as the candidate', async () => {
		const rows = await nativeRows<{ candidate: string; name: string | null; province_code: string | null; region_code: string | null; years: number }>(
			conn,
			`SELECT c.candidate, any_value(e.name) AS name, any_value(e.province_code) AS province_code, any_value(e.region_code) AS region_code, count(e.year)::INTEGER AS years
			 FROM candidates c LEFT JOIN employers e USING (employer_id) WHERE c.candidate_kind = 'business' AND c.source <> 'synthetic' GROUP BY 1`
		);
		expect(rows.length).toBe(7);
		for (const r of rows) expect(r, r.candidate).toMatchObject({ name: r.candidate, province_code: '62', region_code: null, years: 7 });
	});
	test('synthetic candidates: two earlier editions, several provinces, every category, stable ids, linked businesses', async () => {
		const rows = await nativeRows<Record<string, unknown>>(conn, `SELECT * FROM candidates WHERE source = 'synthetic'`);
		expect(new Set(rows.map((r) => `${r.edition}/${r.assessment_year}`))).toEqual(new Set(['Paritrana Award 2023/2022', 'Paritrana Award 2024/2023']));
		expect(new Set(rows.map((r) => r.province_code)).size).toBeGreaterThanOrEqual(5);
		const all = await nativeRows<{ category: string }>(conn, `SELECT DISTINCT category FROM candidates`);
		expect(new Set(all.map((r) => r.category))).toEqual(new Set(CANDIDATE_CATEGORIES));
		for (const r of rows) expect(r.candidate_id).toMatch(/^PA202[34]-\d{2}-\d{3}$/);
		const unlinked = await scalar(
			conn,
			`SELECT count(*) FROM candidates c LEFT JOIN employers e ON e.employer_id = c.employer_id AND e.year = c.assessment_year
			 WHERE c.candidate_kind = 'business' AND c.source = 'synthetic' AND (e.employer_id IS NULL OR e.name <> c.candidate)`
		);
		expect(unlinked, 'synthetic business candidates without their employer row').toBe(0);
	});
});

describe('policy, targets, employers', () => {
	test('a few hundred regulations, of the kinds the region’s level issues', async () => {
		const rows = await nativeRows<{ type: string; kind: string; n: number }>(
			conn,
			`SELECT g.type, r.kind, count(*)::INTEGER AS n FROM regional_regulations g JOIN regions r ON r.code = g.region_code GROUP BY ALL`
		);
		const total = rows.reduce((s, r) => s + r.n, 0);
		expect(total).toBeGreaterThanOrEqual(200);
		expect(total).toBeLessThanOrEqual(700);
		const own = { pergub: 'provinsi', perbup: 'kabupaten', perwal: 'kota' } as Record<string, string>;
		for (const r of rows) if (own[r.type]) expect(r.kind, `${r.type} issued by a ${r.kind}`).toBe(own[r.type]);
		expect(await scalar(conn, `SELECT count(*) FROM regional_regulations WHERE type = 'perbup' AND title NOT LIKE 'Peraturan Bupati tentang %'`)).toBe(0);
	});
	test('UCJ targets: every province and Indonesia (ID) 2021–2025, rising, DKI 2025 = 66, Bali 2025 = 67.28, Indonesia 2025 = 52.15, others 35–70', async () => {
		const rows = await nativeRows<{ province_code: string; year: number; target_pct: number }>(
			conn,
			`SELECT province_code, year, target_pct FROM ucj_targets ORDER BY province_code, year`
		);
		// 38 provinces + Indonesia, five years each
		expect(rows.length).toBe((38 + 1) * 5);
		expect(rows.find((r) => r.province_code === '31' && r.year === 2025)!.target_pct).toBe(66);
		expect(rows.find((r) => r.province_code === '51' && r.year === 2025)!.target_pct).toBe(67.28);
		// DOMAIN.md section 2: the national 2025 target is 52.15%
		expect(rows.find((r) => r.province_code === 'ID' && r.year === 2025)!.target_pct).toBe(52.15);
		expect(rows.filter((r) => r.province_code === 'ID').map((r) => r.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
		rows.forEach((r, i) => {
			expect(r.target_pct).toBeGreaterThanOrEqual(35);
			expect(r.target_pct).toBeLessThanOrEqual(70);
			const prev = rows[i - 1];
			if (prev?.province_code === r.province_code) expect(r.target_pct, `${r.province_code} ${r.year}`).toBeGreaterThan(prev.target_pct);
		});
	});
	test('a few thousand employers, ~80% micro, fictitious names except the seeds’ businesses', async () => {
		const rows = await nativeRows<{ n: number; micro: number; odd: number }>(
			conn,
			`SELECT count(DISTINCT employer_id)::DOUBLE AS n,
			        (count(*) FILTER (size = 'micro') / count(*))::DOUBLE AS micro,
			        count(*) FILTER (employer_id NOT LIKE 'EMP-62-S%' AND NOT regexp_matches(name, '^(PT Contoh|CV Fiktif|Koperasi Contoh|UD Fiktif) '))::DOUBLE AS odd
			 FROM employers`
		);
		expect(rows[0]!.n).toBeGreaterThanOrEqual(2000);
		expect(Math.abs(rows[0]!.micro - 0.806), 'micro share (DOMAIN.md 80.6%)').toBeLessThan(0.05);
		expect(rows[0]!.odd, 'employers with a name that is not obviously fictitious').toBe(0);
	});
});

describe('manifest and size', () => {
	test('synthetic, named and versioned by seed, fixed time, edition, period, attribution', () => {
		expect(manifestProblems(manifest)).toEqual([]);
		expect(manifest).toMatchObject({
			name: 'cakupan-sample',
			version: `2025.12-s${SAMPLE_SEED}`,
			synthetic: true,
			region_edition: 'Kepmendagri No. 300.2.2-2430 Tahun 2025',
			period: { from: '2019-01', to: '2025-12' }
		});
		expect(manifest.generated_at).toBe('2026-01-01T00:00:00.000Z');
		expect(manifest.sources.some((s) => s.attribution === 'Cahya DSN, MIT License')).toBe(true);
		expect(manifest.sources.some((s) => /synthetic/i.test(s.name))).toBe(true);
	});
	test('rows and sha256 of every file match, and the dataset checksum', async () => {
		for (const t of manifest.tables) {
			const path = join(SAMPLE_DIR, t.file);
			expect(sha256File(path), `sha256 of ${t.file}`).toBe(t.sha256);
			expect(await scalar(conn, `SELECT count(*) FROM read_parquet('${path}')`), `rows of ${t.file}`).toBe(t.rows);
		}
		expect(manifest.checksum).toBe(sha256Text(checksumInput(manifest.tables)));
		expect(manifest.tables.length, 'every contract table').toBe(11);
	});
	test('data/sample stays under 30 MB', () => {
		const size = readdirSync(SAMPLE_DIR).reduce((s, f) => s + statSync(join(SAMPLE_DIR, f)).size, 0);
		expect(size / 1e6, 'MB in data/sample').toBeLessThan(30);
	});
});
