/**
 * A reload with stored files: what the status module does at start, on the browser's engine over
 * the fixture. The files are kept in IndexedDB (fake-indexeddb), looked up, and applied before
 * the views read anything; switching back to the sample is kept too. Figures as in
 * overlay.test.ts: Kalimantan Tengah's December 2024 PU from the user's file, 40,000 + 5,000 +
 * 11,000 = 56,000; the fixture's own 42,000 + 5,400 + 10,500 = 57,900.
 */
import 'fake-indexeddb/auto';
import { beforeAll, expect, test } from 'vitest';
import type { LoadedDatabase } from '$lib/data/engine';
import type { DatabaseInfo, ServedManifest } from '$lib/data/database';
import type { NodeDb } from '$lib/data/node';
import { areaMonthly } from '$lib/queries/monthly';
import { encodeRows, openIdbUserDataStore } from '$lib/userdata';
import { pendingUserData, startUserData } from '$lib/userdata/startup';
import { writeFixtureDataset } from '../fixtures/load-fixture';
import { dbForDataset } from './setup';

let db: NodeDb & { database: DatabaseInfo };
let loaded: LoadedDatabase;
const PU = [['6201', 40_000], ['6208', 5_000], ['6209', 11_000]] as const;

beforeAll(async () => {
	const fixture = await writeFixtureDataset();
	db = await dbForDataset(fixture.dir);
	// The browser's LoadedDatabase, from Node's engine: the same Db and overlay target.
	loaded = {
		db,
		manifest: { ...fixture.manifest, database: db.database } as ServedManifest,
		engineVersion: db.version,
		attachDetail: db.attachDetail,
		overlayTarget: async () => db.overlayTarget(),
		refused: null
	};
});

const pu = async (area: string) => (await db.query(areaMonthly({ area }))).find((r) => r.month === '2024-12')?.active_pu;

test('nothing stored: nothing pending, and the overlay starts on the sample', async () => {
	expect(await pendingUserData()).toBeNull();
	const started = await startUserData(loaded, null);
	expect(started.active.kind).toBe('sample');
	expect(await pu('62')).toBe(57_900);
});

test('a stored file is pending after a reload, and applied before the views read', async () => {
	const store = await openIdbUserDataStore();
	const rows = PU.map(([region_code, active]) => ({ region_code, month: '2024-12-01', segment: 'PU', active }));
	const stored = await store.add({ name: 'kalteng.csv', table: 'participation', ipc: encodeRows('participation', rows) });
	const pending = await pendingUserData();
	expect(pending).toEqual({ files: [stored], mode: 'replace' });
	const started = await startUserData(loaded, pending);
	expect(started.error).toBeNull();
	expect(started.active.files.map((f) => [f.name, f.provinces, f.rows, f.sha256])).toEqual([['kalteng.csv', ['62'], 3, stored.sha256]]);
	expect(await pu('62')).toBe(56_000);
	expect(await pu('ID')).toBe(126_000 + 56_000);
	await started.overlay.useSample();
	expect(await pu('62')).toBe(57_900);
});

test('switched back to the sample (kept in the settings): nothing pending though the file is stored', async () => {
	const store = await openIdbUserDataStore();
	await store.saveSettings({ useMine: false, mode: 'replace' });
	expect(await store.list()).toHaveLength(1);
	expect(await pendingUserData()).toBeNull();
});

test('a stored file the overlay refuses: the sample stays, with the reason', async () => {
	const store = await openIdbUserDataStore();
	await store.clear();
	await store.add({ name: '2099.csv', table: 'participation', ipc: encodeRows('participation', [{ region_code: '6201', month: '2099-01-01', segment: 'PU', active: 1 }]) });
	const started = await startUserData(loaded, await pendingUserData());
	expect(started.error).toMatchObject({ kind: 'future-month', detail: { file: '2099.csv', value: '2099-01' } });
	expect(started.active.kind).toBe('sample');
	expect(await pu('62')).toBe(57_900);
});
