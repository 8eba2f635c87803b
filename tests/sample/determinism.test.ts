/**
 * The generator is deterministic: the same seed gives the same content (per-table content
 * checksums, independent of Parquet encoding), a run limited to some provinces gives exactly
 * the full sample's rows for them, a different seed gives different content, and the committed
 * sample is what the generator produces for its seed.
 *
 * Two folders whose files are byte for byte the same hold the same content, so the full run is
 * first compared by file digests; the per-table content checksums (about 20 s of native DuckDB
 * per full sample) are computed only when the bytes differ, where they decide.
 *
 * The full run (every province, 15–30 s) is a stress step (`SAMPLE_FULL=1`, `npm run test:stress
 * -- sample-full`); `npm test` ties the generator to the committed sample through provinces 61
 * and 62, which the province-run test compares with the committed files.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { TABLE_NAMES } from '../../src/lib/contract/schema';
import { sha256File } from '../../scripts/lib/dataset-writer';
import { SAMPLE_DIR, SAMPLE_SEED, contentChecksums, openDataset, runGenerator } from './helpers';

const PROVINCES = ['61', '62'];
/** Whether to regenerate the whole sample (a stress step). */
const FULL = process.env.SAMPLE_FULL === '1';
const tmp = mkdtempSync(join(tmpdir(), 'cakupan-sample-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const checksums = new Map<string, Promise<Record<string, string>>>();

/** Per-table content checksums of the dataset in `dir` (restricted to `provinces`), once per folder and restriction. */
function checksumsOf(dir: string, provinces?: readonly string[]): Promise<Record<string, string>> {
	const key = `${dir}|${provinces?.join(',') ?? ''}`;
	let promise = checksums.get(key);
	if (!promise) {
		promise = (async () => {
			const { conn } = await openDataset(dir, provinces);
			try {
				return await contentChecksums(conn, TABLE_NAMES);
			} finally {
				conn.closeSync();
			}
		})();
		checksums.set(key, promise);
	}
	return promise;
}

/** sha256 of every file in a dataset folder (the Parquet files and the manifest), by name. */
function fileDigests(dir: string): Record<string, string> {
	const names = readdirSync(dir).filter((name) => name.endsWith('.parquet') || name === 'dataset.json');
	return Object.fromEntries(names.sort().map((name) => [name, sha256File(join(dir, name))]));
}

function generate(name: string, args: string[]): string {
	const out = join(tmp, name);
	runGenerator(['--out', out, ...args]);
	return out;
}

describe('determinism', () => {
	test('same seed, same content: two runs for provinces 61 and 62', { timeout: 120_000 }, async () => {
		const a = generate('a', ['--seed', String(SAMPLE_SEED), '--provinces', PROVINCES.join(',')]);
		const b = generate('b', ['--seed', String(SAMPLE_SEED), '--provinces', PROVINCES.join(',')]);
		const [ca, cb] = [await checksumsOf(a), await checksumsOf(b)];
		expect(Object.keys(ca)).toEqual(TABLE_NAMES);
		expect(cb).toEqual(ca);
	});

	test('a province run equals the committed sample restricted to those provinces', async () => {
		const part = await checksumsOf(join(tmp, 'a'));
		const committed = await checksumsOf(SAMPLE_DIR, PROVINCES);
		expect(part).toEqual(committed);
	});

	test('a different seed gives different content', { timeout: 120_000 }, async () => {
		const other = generate('other', ['--seed', String(SAMPLE_SEED + 1), '--provinces', PROVINCES.join(',')]);
		const [ca, co] = [await checksumsOf(join(tmp, 'a')), await checksumsOf(other)];
		// regions are real and so the same; every generated table differs
		for (const t of TABLE_NAMES.filter((t) => t !== 'regions' && t !== 'candidates')) {
			expect(co[t], `${t} with seed ${SAMPLE_SEED + 1}`).not.toBe(ca[t]);
		}
		expect(co.candidates, 'synthetic candidates differ with the seed').not.toBe(ca.candidates);
	});

	test.runIf(FULL)('the committed sample is what the generator produces for its seed (full run)', { timeout: 180_000 }, async () => {
		const full = generate('full', ['--seed', String(SAMPLE_SEED)]);
		const [generated, committed] = [fileDigests(full), fileDigests(SAMPLE_DIR)];
		expect(Object.keys(generated)).toEqual(['dataset.json', ...TABLE_NAMES.map((t) => `${t}.parquet`)].sort());
		expect(Object.keys(committed)).toEqual(Object.keys(generated));
		// Equal bytes settle it; other bytes may be another Parquet encoding of the same rows: the content decides.
		if (JSON.stringify(generated) !== JSON.stringify(committed)) {
			expect(await checksumsOf(full)).toEqual(await checksumsOf(SAMPLE_DIR));
		}
	});
});
