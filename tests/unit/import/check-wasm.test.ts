/**
 * checkParsedFile on the browser's engine (DuckDB-WASM's blocking bundle) behind the app's caching
 * `Db`: files checked one after another each get their own findings, never a cached answer for an
 * earlier file. The reference `regions` holds the sample's provinces and regencies, inserted
 * through bound statements (this engine reads no Parquet).
 */
import { beforeAll, expect, test } from 'vitest';
import type { CachedDb } from '$lib/data/create-db';
import { checkParsedFile, parseFile } from '$lib/import';
import { example, REGIONS, wasmRegionsDb } from './helpers';

const NOW = new Date('2026-01-15T12:00:00+07:00');
let db: CachedDb;

beforeAll(async () => {
	let regions: number;
	({ db, regions } = await wasmRegionsDb());
	expect(regions).toBe(38 + 514);
});

async function check(name: string) {
	const findings = await checkParsedFile(db, await parseFile(example(name), { regions: REGIONS }), { now: NOW });
	return findings.map((f) => [f.code, f.column, f.row]);
}

test('one file after another on a caching Db: each its own findings', async () => {
	expect(await check('partisipasi-62-zstd.parquet')).toEqual([]);
	expect(await check('rusak-kode-tidak-dikenal.csv')).toEqual([['unknown_region', 'region_code', 2]]);
	expect(await check('rusak-negatif.csv')).toEqual([['negative_count', 'non_active', 4]]);
	expect(await check('rusak-kunci-ganda.csv')).toEqual([['duplicate_key', undefined, 11]]);
	expect(await check('partisipasi-62.csv')).toEqual([]);
});
