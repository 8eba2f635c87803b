/**
 * The validator on native DuckDB (the build's engine) over the Kalimantan fixture: clean as
 * loaded, and exactly one finding (or the listed few) for each bad fixture.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { nativeDb, openNative, type NativeConnection } from '../../scripts/lib/native-db';
import { TABLE_NAMES } from '$lib/contract/schema';
import { RULES, validateDataset, type Finding } from '$lib/validate';
import * as bad from '../fixtures/bad';
import type { GoodOptions } from '../fixtures/bad';
import { loadFixture } from '../fixtures/load-fixture';
import { CASES } from './cases';
import { goodOptions, located, NOW, runCase, type Engine } from './harness';

let conn: NativeConnection;
let engine: Engine;
let good: GoodOptions;

beforeAll(async () => {
	conn = await loadFixture(await openNative(':memory:', 1));
	engine = { db: nativeDb(conn), exec: (text) => conn.run(text) };
	good = await goodOptions();
});

describe('the good fixture', () => {
	test('has no findings without a manifest', async () => {
		expect(await validateDataset(engine.db, { now: NOW })).toEqual([]);
	});

	test('has no findings with its manifest, file hashes and dataset checksum', async () => {
		expect(await validateDataset(engine.db, good)).toEqual([]);
	});

	test('has no findings with participation split in province parts', async () => {
		expect(await validateDataset(engine.db, bad.splitParticipation(good))).toEqual([]);
	});
});

describe.each(CASES)('$description', (fixture, expected) => {
	let findings: Finding[];
	beforeAll(async () => {
		findings = await runCase(engine, fixture, good);
	});

	test('yields exactly its findings', () => {
		expect(findings.map(located)).toEqual(expected);
	});

	test('says it in both languages, every placeholder filled', () => {
		for (const f of findings) {
			for (const text of [f.message.id, f.message.en]) {
				expect(text).not.toMatch(/\{\w+\}/);
				expect(text.length).toBeGreaterThan(40);
			}
			expect(f.message.id).not.toBe(f.message.en);
		}
	});
});

test('every rule has a bad fixture', () => {
	const covered = new Set(CASES.flatMap(([, expected]) => expected.map((f) => f.rule)));
	expect(RULES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
});

describe('messages name the problem, the place and the fix', () => {
	test('unknown region, counted over the 52 rows that share it', async () => {
		const [f] = await runCase(engine, bad.unknownRegion, good);
		expect(f).toMatchObject({ severity: 'error', count: 52, row: 157 });
		expect(f!.message.id).toBe(
			'Kode wilayah 9901 di tabel participation (kolom region_code) tidak ada dalam daftar wilayah Kemendagri 2025 (tabel regions). ' +
				'Periksa kodenya, atau ubah kode lama ke kode 2025. Muncul di 52 baris, misalnya region_code=9901, month=2023-12-01, segment=PU.'
		);
		expect(f!.message.en).toContain('Region code 9901 in table participation (column region_code) is not in the 2025 Kemendagri region list');
	});

	test('coverage above 100 is a warning with regency, year and value (56,100 / 50,000)', async () => {
		const [f] = await runCase(engine, bad.coverageAbove100, good);
		expect(f!.severity).toBe('warning');
		expect(f!.message.id).toContain('Cakupan (UCJ) Kabupaten Kotawaringin Barat (6201) pada Desember 2024 adalah 112,2%');
		expect(f!.message.en).toContain('Coverage (UCJ) of Kabupaten Kotawaringin Barat (6201) in December 2024 is 112.2%');
		expect(f!.message.id).toContain('(56.100)');
	});

	test('a code stored as a number says why that is an error', async () => {
		const [f] = await runCase(engine, bad.regionCodeAsInteger, good);
		expect(f!.message.id).toContain('nol di depan hilang');
		expect(f!.message.en).toContain('lose leading zeros');
	});

	test('a missing month names the regency, segment and month', async () => {
		const [f] = await runCase(engine, bad.missingMonth, good);
		expect(f!.message.id).toContain('Kabupaten Lamandau (6209), segmen JAKON, bulan Juni 2024 (1 bulan hilang antara Desember 2023 dan Desember 2024)');
		expect(f!.message.en).toContain('(1 month missing between December 2023 and December 2024)');
	});

	test('a month outside the manifest period cites dataset.json', async () => {
		const [f] = await runCase(engine, bad.monthOutsidePeriod, good);
		expect(f!.message.id).toContain('di luar periode dataset, Desember 2023 sampai Desember 2024 (dataset.json)');
	});

	test('a village code in a regency column names both levels', async () => {
		const [f] = await runCase(engine, bad.wrongRegionLevel, good);
		expect(f!.message.id).toContain('adalah kode desa/kelurahan, padahal kolom ini hanya menerima kode kabupaten/kota');
	});

	test('a forbidden programme names the programmes the segment may hold', async () => {
		const [f] = await runCase(engine, bad.programmeNotAllowed, good);
		expect(f!.message.en).toContain('by law segment BPU may only join JKK, JKM, JHT');
	});

	test('a wrong parent names the expected one, and the row', async () => {
		const [f] = await runCase(engine, bad.wrongParent, good);
		expect(f).toMatchObject({ row: 5, count: 1 });
		expect(f!.message.id).toContain('Wilayah 6201 di tabel regions punya parent_code 61, padahal menurut kodenya induknya 62');
	});

	test('many series missing a month: five examples, the total counted', async () => {
		const findings = await runCase(engine, bad.periodLongerThanData, good);
		expect(findings.map((f) => f.count)).toEqual([20, 20, 20, 20, 20]);
	});
});

describe('where the tables are', () => {
	test('views in another schema: clean, and findings carry no row number', async () => {
		const views = TABLE_NAMES.map((t) =>
			t === 'regional_budget'
				? `CREATE VIEW upload.${t} AS SELECT * REPLACE (CASE WHEN region_code = '6208' THEN '6299' ELSE region_code END AS region_code) FROM main.${t}`
				: `CREATE VIEW upload.${t} AS SELECT * FROM main.${t}`
		);
		await conn.run(`CREATE SCHEMA upload; ${views.join('; ')}`);
		try {
			const findings = await validateDataset(engine.db, { schema: 'upload', now: NOW });
			expect(findings.map(located)).toEqual([
				{ rule: 'unknown_region', table: 'regional_budget', column: 'region_code', key: { region_code: '6299', year: 2024 } }
			]);
			expect(findings[0]!.row).toBeUndefined();
		} finally {
			await conn.run('DROP SCHEMA upload CASCADE');
		}
	});

	test('the tables option says which are present', async () => {
		const core = ['regions', 'workforce', 'participation', 'participation_programme'];
		expect(await validateDataset(engine.db, { tables: core, now: NOW })).toEqual([]);
		const findings = await validateDataset(engine.db, { tables: ['regions'], now: NOW });
		expect(findings.map(located)).toEqual(
			['workforce', 'participation', 'participation_programme'].map((table) => ({ rule: 'missing_table', table }))
		);
	});

	test('another database: an empty one misses every required table', async () => {
		await conn.run(`ATTACH ':memory:' AS empty`);
		try {
			const findings = await validateDataset(engine.db, { database: 'empty', now: NOW });
			expect(findings.map((f) => f.table)).toEqual(['regions', 'workforce', 'participation', 'participation_programme']);
		} finally {
			await conn.run('DETACH empty');
		}
	});

	test('a schema name that is no plain identifier is refused, named', async () => {
		await expect(validateDataset(engine.db, { schema: 'main"; DROP TABLE regions; --' })).rejects.toThrow(/invalid identifier/);
	});
});
