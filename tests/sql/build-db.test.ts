/**
 * The database build: a dataset folder in, the files the browser attaches out (checked here
 * through the browser's own engine): the core file without the village detail, and one detail
 * file per province; skipped when nothing changed, extensible by steps.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Manifest } from '$lib/contract/manifest';
import { DETAIL_TABLES, detailSchema, type ServedManifest } from '$lib/data/database';
import { openNodeDatabase } from '$lib/data/node';
import { buildDatabase, buildSiteData, type BuildStep } from '../../scripts/build-db';
import { writeFixtureDataset } from '../fixtures/load-fixture';

let dataset: { dir: string; manifest: Manifest };
const temp = () => mkdtempSync(join(tmpdir(), 'cakupan-build-'));

beforeAll(async () => {
	dataset = await writeFixtureDataset();
});

describe('buildSiteData', () => {
	test('writes <name>.duckdb and dataset.json with the database entry; skips when unchanged', async () => {
		const outDir = temp();
		const first = await buildSiteData({ datasetDir: dataset.dir, outDir });
		expect(first.skipped).toBe(false);
		const served = JSON.parse(readFileSync(join(outDir, 'dataset.json'), 'utf8')) as ServedManifest;
		const { database, ...rest } = served;
		expect(rest).toEqual(dataset.manifest);
		expect(database).toMatchObject({ file: 'cakupan-fixture.duckdb', storage_version: 'v1.2.0' });
		expect(database.bytes).toBe(statSync(join(outDir, database.file)).size);
		expect(database.sha256).toMatch(/^[0-9a-f]{64}$/);
		// Every contract table but the village detail with the manifest's rows (BUILD_STEPS may add tables of their own).
		const detailTables: readonly string[] = DETAIL_TABLES;
		expect(database.tables).toMatchObject(
			Object.fromEntries(dataset.manifest.tables.filter((t) => !detailTables.includes(t.table)).map((t) => [t.table, t.rows]))
		);
		for (const name of DETAIL_TABLES) expect(database.tables).not.toHaveProperty(name);
		// The fixture's villages: Kalimantan Barat (61) has participation only, Kalimantan Tengah (62) both.
		expect(database.detail).toEqual({
			'61': { file: 'cakupan-fixture-villages-61.duckdb', bytes: expect.any(Number), sha256: expect.any(String), tables: { participation_village: 2 * 4, villages_support: 0 } },
			'62': { file: 'cakupan-fixture-villages-62.duckdb', bytes: expect.any(Number), sha256: expect.any(String), tables: { participation_village: 8 * 4, villages_support: 4 } }
		});
		for (const entry of Object.values(database.detail)) {
			const bytes = readFileSync(join(outDir, entry.file));
			expect(entry.bytes).toBe(bytes.length);
			expect(entry.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
		}
		expect(readdirSync(outDir).filter((f) => f.endsWith('.duckdb')).sort()).toEqual([
			'cakupan-fixture-villages-61.duckdb',
			'cakupan-fixture-villages-62.duckdb',
			'cakupan-fixture.duckdb'
		]);

		const second = await buildSiteData({ datasetDir: dataset.dir, outDir });
		expect(second.skipped).toBe(true);
		expect(second.manifest).toEqual(served);
		expect((await buildSiteData({ datasetDir: dataset.dir, outDir, force: true })).skipped).toBe(false);
	});

	test('a missing detail file rebuilds; stale database files are removed, temp files never left', async () => {
		const outDir = temp();
		await buildSiteData({ datasetDir: dataset.dir, outDir });
		rmSync(join(outDir, 'cakupan-fixture-villages-62.duckdb'));
		writeFileSync(join(outDir, 'cakupan-fixture-villages-99.duckdb'), 'an older build\'s province');
		writeFileSync(join(outDir, 'older-dataset.duckdb'), 'an older dataset');
		writeFileSync(join(outDir, 'snapshot-99.json'), 'an older build\'s province snapshot');
		const again = await buildSiteData({ datasetDir: dataset.dir, outDir });
		expect(again.skipped).toBe(false);
		expect(readdirSync(outDir).sort()).toEqual([
			'cakupan-fixture-villages-61.duckdb',
			'cakupan-fixture-villages-62.duckdb',
			'cakupan-fixture.duckdb',
			'dataset.json',
			'snapshot-61.json',
			'snapshot-62.json',
			'snapshot-kantor.json',
			'snapshot-penilaian.json',
			'snapshot.json'
		]);
		expect(existsSync(join(outDir, 'cakupan-fixture-villages-62.duckdb'))).toBe(true);
	});

	test('a Parquet file that differs from its manifest checksum stops the build', async () => {
		const dir = temp();
		cpSync(dataset.dir, dir, { recursive: true });
		writeFileSync(join(dir, 'regions.parquet'), 'not the file the manifest hashed');
		await expect(buildSiteData({ datasetDir: dir, outDir: temp() })).rejects.toThrow(/regions\.parquet: sha256 .* differs/);
	});

	test('a folder without dataset.json says what to pass', async () => {
		await expect(buildSiteData({ datasetDir: temp(), outDir: temp() })).rejects.toThrow(/--dataset DIR or set CAKUPAN_DATASET/);
	});
});

test('each province file holds exactly its province\'s village rows, in sortBy order; the core none', async () => {
	const outFile = join(temp(), 'split.duckdb');
	const info = await buildDatabase({ datasetDir: dataset.dir, outFile, steps: [] });
	const db = await openNodeDatabase({ path: outFile, database: info, detail: 'all' });
	try {
		const core = await db.query({ text: "SELECT table_name AS t FROM duckdb_tables() WHERE database_name = 'cakupan' ORDER BY 1", params: [] });
		expect(core.map((r) => r.t)).not.toEqual(expect.arrayContaining(['participation_village']));
		expect(core.map((r) => r.t)).not.toEqual(expect.arrayContaining(['villages_support']));
		const totals: Record<string, number> = {};
		for (const [pp, entry] of Object.entries(info.detail)) {
			const schema = detailSchema(pp);
			const village = await db.query<{ code: string }>({ text: `SELECT region_code AS code FROM ${schema}.participation_village`, params: [] });
			const support = await db.query<{ code: string }>({ text: `SELECT village_code AS code FROM ${schema}.villages_support`, params: [] });
			expect(village.length, pp).toBe(entry.tables.participation_village);
			expect(support.length, pp).toBe(entry.tables.villages_support);
			for (const { code } of [...village, ...support]) expect(code.slice(0, 2), pp).toBe(pp);
			const codes = village.map((r) => r.code);
			expect(codes).toEqual([...codes].sort());
			for (const [name, n] of Object.entries(entry.tables)) totals[name] = (totals[name] ?? 0) + n;
		}
		// Summed over the provinces: the dataset's rows, none lost or doubled.
		expect(totals).toEqual(Object.fromEntries(DETAIL_TABLES.map((name) => [name, dataset.manifest.tables.find((t) => t.table === name)!.rows])));
		// The hand-made figures: Sakabulin (6201032003) Dec 2024, all segments 320 + 520 + 40 + 10.
		expect(await db.query({ text: "SELECT sum(active)::INTEGER AS a FROM villages_62.participation_village WHERE region_code = '6201032003' AND month = DATE '2024-12-01'", params: [] })).toEqual([{ a: 890 }]);
	} finally {
		db.close();
	}
});

test('build steps add tables the browser engine can read', async () => {
	const step: BuildStep = {
		name: 'participation_province',
		run: ({ conn }) =>
			conn.run(`CREATE TABLE participation_province AS
				SELECT left(region_code, 2) AS province_code, month, sum(active)::BIGINT AS active
				FROM participation GROUP BY ALL ORDER BY ALL`)
	};
	const outFile = join(temp(), 'steps.duckdb');
	const info = await buildDatabase({ datasetDir: dataset.dir, outFile, steps: [step] });
	expect(info.tables.participation_province).toBe(2 * 13 * 1);
	const db = await openNodeDatabase({ path: outFile });
	try {
		// Dec 2024, all segments: 6201 56,700 + 6208 7,500 + 6209 14,100
		const rows = await db.query({ text: "SELECT active FROM participation_province WHERE province_code = '62' AND month = DATE '2024-12-01'", params: [] });
		expect(rows).toEqual([{ active: 78_300 }]);
	} finally {
		db.close();
	}
});
