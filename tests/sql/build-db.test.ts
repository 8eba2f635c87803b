/**
 * The database build: a dataset folder in, the file the browser attaches out (checked here
 * through the browser's own engine), skipped when nothing changed, extensible by steps.
 */
import { cpSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Manifest } from '$lib/contract/manifest';
import type { ServedManifest } from '$lib/data/database';
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
		// Every contract table with the manifest's rows (BUILD_STEPS may add tables of their own).
		expect(database.tables).toMatchObject(
			Object.fromEntries(dataset.manifest.tables.map((t) => [t.table, t.rows]))
		);

		const second = await buildSiteData({ datasetDir: dataset.dir, outDir });
		expect(second.skipped).toBe(true);
		expect(second.manifest).toEqual(served);
		expect((await buildSiteData({ datasetDir: dataset.dir, outDir, force: true })).skipped).toBe(false);
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
