import { describe, expect, test } from 'vitest';
import { DataError } from '$lib/data/errors';
import { refusalText, servedOrLastGood, tableMismatch } from '$lib/data/refusal';
import { keepLastGood, lastGoodSha256, readLastGood, type CacheStore } from '$lib/data/last-good';
import { sha256Hex } from '$lib/data/download';
import type { ServedManifest } from '$lib/data/database';
import { translator } from '$lib/i18n';

const checksum = () => new DataError('file', 'x: sha256 differs', { refusal: { file: 'cakupan-sample.duckdb', reason: 'checksum' } });

describe('servedOrLastGood', () => {
	test('the served data when it passes; the last good one is not read', async () => {
		let read = 0;
		const result = await servedOrLastGood(async () => 'served', async () => (read++, 'kept'));
		expect(result).toEqual({ value: 'served', refused: null });
		expect(read).toBe(0);
	});

	test('a refused served file: the last good data, with the refusal naming the file', async () => {
		const result = await servedOrLastGood(async () => { throw checksum(); }, async () => 'kept');
		expect(result.value).toBe('kept');
		expect(result.refused?.refusal).toEqual({ file: 'cakupan-sample.duckdb', reason: 'checksum' });
	});

	test('a refusal with nothing kept (a first visit), or a kept copy that fails too: the refusal itself', async () => {
		await expect(servedOrLastGood(async () => { throw checksum(); }, async () => null)).rejects.toMatchObject({ refusal: { file: 'cakupan-sample.duckdb' } });
		await expect(servedOrLastGood(async () => { throw checksum(); }, async () => { throw new Error('damaged too'); })).rejects.toMatchObject({ refusal: { reason: 'checksum' } });
	});

	test('no refusal (offline, the engine): the error, and the last good data is not tried', async () => {
		let read = 0;
		const offline = new DataError('network', 'could not fetch');
		await expect(servedOrLastGood(async () => { throw offline; }, async () => (read++, 'kept'))).rejects.toBe(offline);
		expect(read).toBe(0);
	});
});

describe('tableMismatch', () => {
	const expected = { regions: 91_599, workforce: 3_598, quality_village_excess: 0 };
	test('null when every counted table holds its rows', () => {
		expect(tableMismatch(expected, new Map([['regions', 91_599], ['workforce', 3_598], ['quality_village_excess', 0], ['extra', 5]]))).toBeNull();
	});
	test('the first table missing or counted otherwise', () => {
		expect(tableMismatch(expected, new Map([['regions', 91_599], ['quality_village_excess', 0]]))).toBe('workforce');
		expect(tableMismatch(expected, new Map([['regions', 91_598], ['workforce', 3_598], ['quality_village_excess', 0]]))).toBe('regions');
	});
});

describe('refusalText', () => {
	const lastGood = { version: '2025.12-s42', savedAt: '2026-12-02T14:00:00.000Z' };
	test('names the file and the reason, and the last good data standing in (Indonesian, English)', () => {
		const refusal = { file: 'cakupan-sample.duckdb', reason: 'checksum' } as const;
		expect(refusalText(translator('id'), 'id', refusal, lastGood)).toBe(
			'Berkas data cakupan-sample.duckdb dari server ditolak: checksum tidak cocok dengan dataset.json. Data terakhir yang valid (versi 2025.12-s42, dimuat 2 Desember 2026) tetap dipakai.'
		);
		expect(refusalText(translator('en'), 'en', refusal, lastGood)).toBe(
			'The data file cakupan-sample.duckdb from the server was refused: its checksum does not match dataset.json. The last valid data (version 2025.12-s42, loaded 2 December 2026) is still in use.'
		);
	});
	test('without a last good copy only the refusal; a table names the table', () => {
		expect(refusalText(translator('id'), 'id', { file: 'cakupan-sample.duckdb', reason: 'tables', table: 'workforce' })).toBe(
			'Berkas data cakupan-sample.duckdb dari server ditolak: tabel workforce tidak ada atau jumlah barisnya tidak sesuai dengan dataset.json.'
		);
	});
});

/** Cache Storage over maps, as the browser's (keys by URL path). */
function memoryCaches(): CacheStore & { entries: Map<string, Map<string, Response>> } {
	const entries = new Map<string, Map<string, Response>>();
	return {
		entries,
		open: async (name: string) => {
			const cache = entries.get(name) ?? new Map<string, Response>();
			entries.set(name, cache);
			return {
				match: async (key: RequestInfo | URL) => cache.get(String(key))?.clone(),
				put: async (key: RequestInfo | URL, response: Response) => void cache.set(String(key), response)
			} as unknown as Cache;
		}
	};
}

describe('last good dataset', () => {
	const bytes = new Uint8Array([1, 2, 3, 4, 5]);
	const manifest = async (): Promise<ServedManifest> =>
		({ version: 'v1', database: { file: 'cakupan-sample.duckdb', bytes: 5, sha256: await sha256Hex(bytes) } }) as unknown as ServedManifest;
	const now = () => new Date('2026-12-02T14:00:00Z');

	test('kept, then read back checked, in a cache of its own', async () => {
		const caches = memoryCaches();
		expect(await readLastGood(caches)).toBeNull();
		expect(await keepLastGood(await manifest(), new Response(bytes.slice()), { caches, now })).toBe(true);
		expect([...caches.entries.keys()]).toEqual(['cakupan-last-good']);
		expect(await lastGoodSha256(caches)).toBe((await manifest()).database.sha256);
		const kept = await readLastGood(caches);
		expect(kept?.manifest.version).toBe('v1');
		expect(kept?.savedAt).toBe('2026-12-02T14:00:00.000Z');
		expect([...(kept?.bytes ?? [])]).toEqual([1, 2, 3, 4, 5]);
	});

	test('a kept copy whose bytes no longer match its manifest is not used', async () => {
		const caches = memoryCaches();
		await keepLastGood(await manifest(), new Response(new Uint8Array([1, 2, 3, 4, 6])), { caches, now });
		expect(await readLastGood(caches)).toBeNull();
	});
});
