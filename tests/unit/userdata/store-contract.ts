import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { encodeRows, type StoreClock, type UserDataStore } from '$lib/userdata';

export type MakeStore = (clock?: StoreClock) => Promise<UserDataStore>;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Kalimantan Tengah rows (two regencies) and one Kalimantan Barat row: provinces 61 and 62, three rows. */
export const ROWS = [
	{ region_code: '6201', month: '2024-12-01', segment: 'PU', active: 40_000 },
	{ region_code: '6208', month: '2024-12-01', segment: 'PU', active: 5_000 },
	{ region_code: '6104', month: '2024-12-01', segment: 'PU', active: 31_000 }
];

/** A clock that ticks a minute per call, and ids f1, f2, ... */
export function fixedClock(): StoreClock {
	let minute = 0;
	let id = 0;
	return { now: () => new Date(Date.UTC(2026, 11, 1, 10, minute++)), newId: () => `f${++id}` };
}

/** The behaviour every UserDataStore must have; run against the memory store and the IndexedDB one. */
export function userDataStoreContract(make: MakeStore): void {
	test('a new store is empty, with the default settings (use my data, replace the sample’s provinces)', async () => {
		const store = await make();
		expect(await store.list()).toEqual([]);
		expect(await store.settings()).toEqual({ useMine: true, mode: 'replace' });
	});

	test('add keeps name, table, rows, provinces, load time, the original file’s sha256 and the rows themselves', async () => {
		const store = await make(fixedClock());
		const ipc = encodeRows('participation', ROWS);
		const original = new TextEncoder().encode('kode_wilayah;bulan;segmen;aktif\n6201;2024-12;PU;40.000\n');
		const added = await store.add({ name: 'kalteng.csv', table: 'participation', ipc, original });
		expect(added).toEqual({
			id: 'f1', name: 'kalteng.csv', table: 'participation', ipc, sha256: sha256(original),
			loadedAt: '2026-12-01T10:00:00.000Z', provinces: ['61', '62'], rows: 3, bytes: ipc.byteLength, sequence: 1
		});
		expect(await store.list()).toEqual([added]);
	});

	test('without the original file, the checksum is the rows’', async () => {
		const store = await make(fixedClock());
		const ipc = encodeRows('ucj_targets', [{ province_code: 'ID', year: 2025, target_pct: 52.15 }]);
		const added = await store.add({ name: 'target.csv', table: 'ucj_targets', ipc });
		expect(added).toMatchObject({ sha256: sha256(ipc), provinces: ['ID'], rows: 1 });
	});

	test('list is in load order; remove takes one file out (removing none is fine); clear empties files and settings', async () => {
		const store = await make(fixedClock());
		const ipc = encodeRows('participation', ROWS);
		const a = await store.add({ name: 'a.csv', table: 'participation', ipc });
		const b = await store.add({ name: 'b.csv', table: 'participation', ipc });
		const c = await store.add({ name: 'c.csv', table: 'participation', ipc });
		expect((await store.list()).map((f) => [f.name, f.sequence])).toEqual([['a.csv', 1], ['b.csv', 2], ['c.csv', 3]]);
		await store.remove(b.id);
		await store.remove('nope');
		expect((await store.list()).map((f) => f.id)).toEqual([a.id, c.id]);
		// a file added after a removal still comes last
		const d = await store.add({ name: 'd.csv', table: 'participation', ipc });
		expect((await store.list()).map((f) => f.name)).toEqual(['a.csv', 'c.csv', 'd.csv']);
		expect(d.sequence).toBe(4);
		await store.saveSettings({ useMine: false, mode: 'only-mine' });
		await store.clear();
		expect(await store.list()).toEqual([]);
		expect(await store.settings()).toEqual({ useMine: true, mode: 'replace' });
	});

	test('settings are kept: switched back to the sample, or only my data', async () => {
		const store = await make();
		await store.saveSettings({ useMine: false, mode: 'only-mine' });
		expect(await store.settings()).toEqual({ useMine: false, mode: 'only-mine' });
	});

	test('records are copies: changing the bytes handed in or read out leaves the store as it was', async () => {
		const store = await make(fixedClock());
		const ipc = encodeRows('participation', ROWS);
		const kept = ipc.slice();
		await store.add({ name: 'a.csv', table: 'participation', ipc });
		ipc.fill(0);
		const [read] = await store.list();
		read!.ipc.fill(0);
		expect((await store.list())[0]!.ipc).toEqual(kept);
	});
}
