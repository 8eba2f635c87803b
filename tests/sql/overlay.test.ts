/**
 * A user's rows over the sample, in the browser's engine (DuckDB-WASM's blocking bundle over the
 * hand-made fixture as built for the browser), read through the views' own `Db` and query
 * builders. Every expected figure is worked out by hand below from the user's file and
 * tests/fixtures/kalimantan.ts; "unchanged" figures are compared with the same query taken
 * before any user data was applied.
 *
 * The user's file: Kalimantan Tengah (62) participation, December 2024 all segments and
 * January 2025 PU only ([active, non_active]):
 *             PU               BPU             JAKON         PMI
 *   6201  40,000 / 8,000   12,000 / 3,000   2,000 / 500   500 / 100    Jan 2025 PU 41,000 / 8,100
 *   6208   5,000 / 1,000    1,500 /   400     300 / 100   100 /   0    Jan 2025 PU  5,100 / 1,000
 *   6209  11,000 / 2,000    2,000 /   500   1,000 / 200   200 /  50    Jan 2025 PU 11,200 / 2,000
 * Province 62, Dec 2024: PU 56,000; BPU 15,500; JAKON 3,300; PMI 800; all 75,600; ucj 74,800;
 *   non-active 11,600 + 1,500 + 2,750 = 15,850.
 * Kalimantan Barat (61, the sample's), Dec 2024: 6104 [31,000, 5,000, 2,000, 300] + 6171
 *   [95,000, 6,500, 4,500, 200]: all 144,500; ucj 144,000; PU 126,000; non-active 144,500 / 4 = 36,125.
 * Indonesia, Dec 2024: all 220,100; ucj 218,800; PU 182,000; non-active 51,975.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import type { Manifest } from '$lib/contract/manifest';
import type { UserTable } from '$lib/contract/user-tables';
import { sha256Hex } from '$lib/data/download';
import type { NodeDb } from '$lib/data/node';
import { createOverlay, isOverlayError, type Overlay, type OverlayFile, type OverlayTarget } from '$lib/data/overlay';
import { areaMonthly } from '$lib/queries/monthly';
import { encodeRows } from '$lib/userdata/arrow';
import { writeFixtureDataset } from '../fixtures/load-fixture';
import { dbForDataset } from './setup';

let db: NodeDb;
let manifest: Manifest;
let target: OverlayTarget;
let overlay: Overlay;
/** The fixture's clock: 2 December 2026 (Jakarta). */
const NOW = () => new Date(2026, 11, 2, 10, 0);

beforeAll(async () => {
	const fixture = await writeFixtureDataset();
	manifest = fixture.manifest;
	db = await dbForDataset(fixture.dir);
	target = db.overlayTarget();
	overlay = createOverlay(target, { sample: manifest, now: NOW });
});
afterAll(async () => {
	await overlay?.useSample();
});

type Values = [pu: [number, number], bpu: [number, number], jakon: [number, number], pmi: [number, number]];
const SEGMENTS = ['PU', 'BPU', 'JAKON', 'PMI'] as const;

function participation(byRegency: Record<string, Values>, month: string): Record<string, unknown>[] {
	return Object.entries(byRegency).flatMap(([region_code, values]) =>
		values.map(([active, non_active], i) => ({ region_code, month, segment: SEGMENTS[i]!, active, non_active }))
	);
}

const DECEMBER: Record<string, Values> = {
	'6201': [[40_000, 8_000], [12_000, 3_000], [2_000, 500], [500, 100]],
	'6208': [[5_000, 1_000], [1_500, 400], [300, 100], [100, 0]],
	'6209': [[11_000, 2_000], [2_000, 500], [1_000, 200], [200, 50]]
};
const JANUARY_PU = [
	{ region_code: '6201', month: '2025-01-01', segment: 'PU', active: 41_000, non_active: 8_100 },
	{ region_code: '6208', month: '2025-01-01', segment: 'PU', active: 5_100, non_active: 1_000 },
	{ region_code: '6209', month: '2025-01-01', segment: 'PU', active: 11_200, non_active: 2_000 }
];
const KALTENG_ROWS = [...participation(DECEMBER, '2024-12-01'), ...JANUARY_PU];

let sequence = 0;
async function file(name: string, table: UserTable, rows: readonly Record<string, unknown>[] | Uint8Array): Promise<OverlayFile> {
	const ipc = rows instanceof Uint8Array ? rows : encodeRows(table, rows);
	sequence++;
	return { id: `f${sequence}`, name, table, ipc, sha256: await sha256Hex(ipc), loadedAt: `2026-12-01T10:00:0${sequence % 10}.000Z` };
}

const monthly = (area: string) => db.query(areaMonthly({ area }));
const at = async (area: string, month: string) => (await monthly(area)).find((r) => r.month === month);
const all = (text: string) => db.query({ text, params: [] });
const SAMPLE_AREA_MONTHLY = 'SELECT * FROM area_monthly ORDER BY code, month';

let before: Record<string, Record<string, unknown>[]>;

describe('replace mode: a Kalimantan Tengah participation file', () => {
	let kalteng: OverlayFile;
	beforeAll(async () => {
		// Taken through the views' Db first, so their statements and results are cached and must be dropped on switch.
		before = {
			areaMonthly: await all(SAMPLE_AREA_MONTHLY),
			participation: await all('SELECT * FROM participation ORDER BY ALL'),
			quality: await all('SELECT * FROM quality_village_excess ORDER BY ALL'),
			programme: await all('SELECT * FROM participation_programme ORDER BY ALL'),
			kalbar: await monthly('61'),
			kalteng: await monthly('62')
		};
		kalteng = await file('kalteng-2024.csv', 'participation', KALTENG_ROWS);
	});

	test('the province, a regency and Indonesia equal the hand sums; the views’ cached query sees the new data', async () => {
		const active = await overlay.apply([kalteng]);
		expect(active.kind).toBe('user');
		expect(active.files).toEqual([
			expect.objectContaining({ name: 'kalteng-2024.csv', table: 'participation', provinces: ['62'], rows: 15, columns: ['region_code', 'month', 'segment', 'active', 'non_active'] })
		]);
		expect(active.userProvinces).toEqual({ participation: ['62'] });
		expect(active.sampleProvinces).toEqual({ participation: ['61'] });
		expect(await at('62', '2024-12')).toMatchObject({
			active_all: 75_600, active_ucj: 74_800, active_pu: 56_000, active_bpu: 15_500, active_jakon: 3_300, active_pmi: 800,
			non_active_all: 15_850,
			// the sample's workforce and target stay: 110,000 + 29,000 + 44,000 eligible; target 55
			eligible: 183_000, target_pct: 55
		});
		expect(await at('6208', '2024-12')).toMatchObject({ active_all: 6_900, active_ucj: 6_800, active_pu: 5_000, non_active_all: 1_500 });
		expect(await at('ID', '2024-12')).toMatchObject({ active_all: 220_100, active_ucj: 218_800, active_pu: 182_000, non_active_all: 51_975 });
	});

	test('Kalimantan Barat, the other province, is unchanged in every month', async () => {
		expect(await monthly('61')).toEqual(before.kalbar);
	});

	test('the file replaces all of the province’s sample rows: 62 has the file’s two months, no others', async () => {
		expect((await monthly('62')).map((r) => r.month)).toEqual(['2024-12', '2025-01']);
		expect(await all(`SELECT count(*)::INTEGER AS n FROM participation WHERE left(region_code, 2) = '62'`)).toEqual([{ n: 15 }]);
	});

	test('a later month extends the period; January 2025 has PU only, other segments NULL, no workforce for 2025', async () => {
		expect(overlay.active.manifest.period).toEqual({ from: '2023-12', to: '2025-01' });
		expect(await at('62', '2025-01')).toMatchObject({
			active_pu: 41_000 + 5_100 + 11_200, active_bpu: null, active_jakon: null, active_pmi: null,
			non_active_all: 8_100 + 1_000 + 2_000, eligible: null
		});
		// Indonesia in January 2025 is Kalimantan Tengah alone: the sample ends in December 2024.
		expect(await at('ID', '2025-01')).toMatchObject({ active_pu: 57_300 });
	});

	test('the manifest names the combination, with a checksum of its own and the file listed', async () => {
		const m = overlay.active.manifest;
		expect(m.checksum).toMatch(/^[0-9a-f]{64}$/);
		expect(m.checksum).not.toBe(manifest.checksum);
		expect(m.synthetic).toBe(true); // Kalimantan Barat's rows are still the sample's
		expect(m.tables.at(-1)).toEqual({ table: 'participation', file: 'kalteng-2024.csv', key: ['region_code', 'month', 'segment'], rows: 15, sha256: kalteng.sha256 });
	});

	test('tables the file does not touch read the sample’s rows', async () => {
		expect(await all('SELECT * FROM participation_programme ORDER BY ALL')).toEqual(before.programme);
	});

	test('back to the sample: every rollup row and every participation row as before, exactly', async () => {
		const active = await overlay.useSample();
		expect(active.kind).toBe('sample');
		expect(active.manifest).toBe(manifest);
		expect(await all(SAMPLE_AREA_MONTHLY)).toEqual(before.areaMonthly);
		expect(await all('SELECT * FROM participation ORDER BY ALL')).toEqual(before.participation);
		expect(await all('SELECT * FROM quality_village_excess ORDER BY ALL')).toEqual(before.quality);
		expect(await monthly('62')).toEqual(before.kalteng);
		// The generation is gone from the engine.
		expect(await all(`SELECT database_name FROM duckdb_databases() WHERE database_name LIKE 'userdata_%'`)).toEqual([]);
	});
});

describe('columns a file lacks', () => {
	test('an office summary with active counts only: non-active totals are NULL where it contributes, intact elsewhere', async () => {
		const activeOnly = KALTENG_ROWS.map(({ non_active: _drop, ...row }) => row);
		const summary = await file('kalteng-aktif.xlsx', 'participation', activeOnly);
		const active = await overlay.apply([summary]);
		expect(active.files[0]!.columns).toEqual(['region_code', 'month', 'segment', 'active']);
		expect(await at('62', '2024-12')).toMatchObject({ active_all: 75_600, active_ucj: 74_800, non_active_all: null });
		expect(await at('6201', '2024-12')).toMatchObject({ active_all: 54_500, non_active_all: null });
		expect(await at('ID', '2024-12')).toMatchObject({ active_all: 220_100, non_active_all: null });
		expect(await at('61', '2024-12')).toMatchObject({ active_all: 144_500, non_active_all: 36_125 });
	});
});

describe('only my data', () => {
	test('Indonesia is the file’s province alone; tables without a file are empty', async () => {
		const kalteng = await file('kalteng-2024.csv', 'participation', KALTENG_ROWS);
		const active = await overlay.apply([kalteng], 'only-mine');
		expect(active.mode).toBe('only-mine');
		expect(active.manifest.synthetic).toBe(false);
		expect(active.sampleProvinces).toEqual(Object.fromEntries(Object.keys(active.sampleProvinces).map((t) => [t, []])));
		expect(await at('ID', '2024-12')).toMatchObject({
			active_all: 75_600, active_ucj: 74_800, active_pu: 56_000, non_active_all: 15_850,
			// no workforce or target loaded: no denominator, no target
			eligible: null, target_pct: null
		});
		expect(await monthly('61')).toEqual([]);
		expect(overlay.active.manifest.period).toEqual({ from: '2024-12', to: '2025-01' });
		expect(await all('SELECT count(*)::INTEGER AS n FROM participation_programme')).toEqual([{ n: 0 }]);
		// regions stay the reference
		expect(await all(`SELECT name FROM area_names WHERE code = '62'`)).toEqual([{ name: 'Kalimantan Tengah' }]);
	});
});

describe('several files of one table', () => {
	test('a later file replaces the provinces it covers, even from an earlier file', async () => {
		const first = await file('kalteng-2024.csv', 'participation', KALTENG_ROWS);
		// A correction for Sukamara alone: it covers province 62, so it replaces all of the first file's 62 rows.
		const correction = await file('sukamara.csv', 'participation', [
			{ region_code: '6208', month: '2024-12-01', segment: 'PU', active: 5_200, non_active: 900 }
		]);
		const active = await overlay.apply([first, correction]);
		expect(active.userProvinces).toEqual({ participation: ['62'] });
		expect(await monthly('6201')).toEqual([]);
		expect(await at('62', '2024-12')).toMatchObject({ active_all: 5_200, active_pu: 5_200, active_bpu: null, non_active_all: 900 });
	});
});

describe('refused files leave the data in use as it was', () => {
	let previous: Record<string, unknown>[];
	let previousManifest: Manifest;
	beforeAll(async () => {
		await overlay.apply([await file('kalteng-2024.csv', 'participation', KALTENG_ROWS)]);
		previous = await all(SAMPLE_AREA_MONTHLY);
		previousManifest = overlay.active.manifest;
	});

	async function refused(files: OverlayFile[]): Promise<unknown> {
		const error = await overlay.apply(files).then(() => null, (e: unknown) => e);
		expect(await all(SAMPLE_AREA_MONTHLY)).toEqual(previous);
		expect(overlay.active.manifest).toBe(previousManifest);
		expect(await all(`SELECT database_name FROM duckdb_databases() WHERE database_name LIKE 'userdata_%' ORDER BY 1`)).toHaveLength(1);
		return error;
	}

	test('a month after today (December 2026) is refused, naming the month', async () => {
		const late = await file('2027.csv', 'participation', [{ region_code: '6201', month: '2027-01-01', segment: 'PU', active: 1 }]);
		expect(await refused([late])).toMatchObject({ name: 'OverlayError', kind: 'future-month', detail: { file: '2027.csv', value: '2027-01' } });
	});

	test('the current month is accepted: December 2026 loads', async () => {
		const now = await file('2026-12.csv', 'participation', [{ region_code: '6201', month: '2026-12-01', segment: 'PU', active: 1 }]);
		const active = await overlay.apply([now]);
		expect(active.manifest.period.to).toBe('2026-12');
		await overlay.apply([await file('kalteng-2024.csv', 'participation', KALTENG_ROWS)]);
		previous = await all(SAMPLE_AREA_MONTHLY);
		previousManifest = overlay.active.manifest;
	});

	test('duplicate keys, naming the key', async () => {
		const twice = await file('twice.csv', 'participation', [
			{ region_code: '6201', month: '2024-12-01', segment: 'PU', active: 1 },
			{ region_code: '6201', month: '2024-12-01', segment: 'PU', active: 2 }
		]);
		expect(await refused([twice])).toMatchObject({ kind: 'duplicate-key', detail: { value: '6201 · 2024-12-01 · PU' } });
	});

	test('a column outside the contract, a missing key column, an empty file, a value of the wrong type', async () => {
		const stray = tableToIPC(tableFromArrays({ region_code: ['6201'], month: ['2024-12-01'], segment: ['PU'], aktif: Float64Array.from([1]) }), 'stream');
		expect(await refused([await file('stray.csv', 'participation', stray)])).toMatchObject({ kind: 'unknown-column', detail: { column: 'aktif' } });
		const noSegment = await file('nosegment.csv', 'participation', [{ region_code: '6201', month: '2024-12-01', active: 1 }]);
		expect(await refused([noSegment])).toMatchObject({ kind: 'missing-key', detail: { column: 'segment' } });
		const empty = tableToIPC(tableFromArrays({ region_code: [] as string[], month: [] as string[], segment: [] as string[] }), 'stream');
		expect(await refused([await file('empty.csv', 'participation', empty)])).toMatchObject({ kind: 'empty' });
		const text = tableToIPC(tableFromArrays({ region_code: ['6201'], month: ['Desember 2024'], segment: ['PU'] }), 'stream');
		expect(await refused([await file('text.csv', 'participation', text)])).toMatchObject({ kind: 'type', detail: { column: 'month' } });
	});

	test('an engine failure in the middle of the rollups: the half-built data is dropped, nothing switched', async () => {
		const failing: OverlayTarget = {
			...target,
			build: {
				...target.build,
				run: (text, params) =>
					/CREATE OR REPLACE TABLE area_monthly/.test(text) ? Promise.reject(new Error('Out of Memory Error: simulated')) : target.build.run(text, params)
			}
		};
		const broken = createOverlay(failing, { sample: manifest, now: NOW });
		const error = await broken.apply([await file('kalteng-2024.csv', 'participation', KALTENG_ROWS)]).then(() => null, (e: unknown) => e);
		expect(isOverlayError(error) && error.kind).toBe('engine');
		expect(broken.active.kind).toBe('sample');
		expect(await all(SAMPLE_AREA_MONTHLY)).toEqual(previous);
		expect(await all(`SELECT database_name FROM duckdb_databases() WHERE database_name LIKE 'userdata_%'`)).toHaveLength(1);
	});
});

describe('village detail: a user’s village file for Kalimantan Tengah', () => {
	// Kalimantan Tengah's villages in the fixture: 32 participation rows (4 villages × 2 Decembers
	// × 4 segments) and 4 support rows; Kalimantan Barat's: 8 participation rows.
	const VILLAGES = [
		{ region_code: '6201032003', month: '2024-12-01', segment: 'PU', active: 999, non_active: 1 },
		// 5,000 BPU in Natai Sedawak against Sukamara's own 1,600 BPU (the sample's regency row)
		{ region_code: '6208012001', month: '2024-12-01', segment: 'BPU', active: 5_000, non_active: 0 }
	];
	const villageRows = (province: string) => all(`SELECT * EXCLUDE (month) FROM villages_${province}.participation_village ORDER BY ALL`);

	test('replace: the views’ villages_62 reads the file’s villages, and the sample’s support rows of 62', async () => {
		const active = await overlay.apply([await file('desa-kalteng.csv', 'participation_village', VILLAGES)]);
		expect(active.detailProvinces).toEqual(['62']);
		expect(await villageRows('62')).toEqual([
			{ region_code: '6201032003', segment: 'PU', active: 999, non_active: 1 },
			{ region_code: '6208012001', segment: 'BPU', active: 5_000, non_active: 0 }
		]);
		expect(await all(`SELECT village_code, year FROM villages_62.villages_support ORDER BY ALL`)).toEqual([
			{ village_code: '6201032003', year: 2023 }, { village_code: '6201032003', year: 2024 },
			{ village_code: '6201062008', year: 2024 }, { village_code: '6209032037', year: 2024 }
		]);
		expect(active.sampleProvinces.participation_village).not.toContain('62');
		expect(active.sampleProvinces.villages_support).toBeUndefined();
	});

	test('replace: another province’s villages stay the sample’s file, attached on demand', async () => {
		await db.attachDetail('61');
		expect(await all(`SELECT count(*)::INTEGER AS n FROM villages_61.participation_village`)).toEqual([{ n: 8 }]);
	});

	test('the quality note compares the file’s villages with the regency rows: Sukamara BPU 5,000 > 1,600', async () => {
		expect(await all(`SELECT * FROM quality_village_excess ORDER BY ALL`)).toEqual([
			{ region_code: '6208', month: '2024-12', segment: 'BPU', villages_active: 5_000, regency_active: 1_600 }
		]);
	});

	test('only my data: no sample village anywhere, the file’s villages in 62', async () => {
		const active = await overlay.apply([await file('desa-kalteng.csv', 'participation_village', VILLAGES)], 'only-mine');
		expect(active.detailProvinces).toEqual(['61', '62']);
		expect(await all(`SELECT count(*)::INTEGER AS n FROM villages_61.participation_village`)).toEqual([{ n: 0 }]);
		expect(await all(`SELECT count(*)::INTEGER AS n FROM villages_62.villages_support`)).toEqual([{ n: 0 }]);
		expect(await villageRows('62')).toHaveLength(2);
	});

	test('back to the sample: the province files are attached again and read as before', async () => {
		await overlay.useSample();
		await db.attachDetail('62');
		await db.attachDetail('61');
		expect(await all(`SELECT count(*)::INTEGER AS n FROM villages_62.participation_village`)).toEqual([{ n: 32 }]);
		expect(await all(`SELECT count(*)::INTEGER AS n FROM villages_62.villages_support`)).toEqual([{ n: 4 }]);
		expect(await all(`SELECT count(*)::INTEGER AS n FROM villages_61.participation_village`)).toEqual([{ n: 8 }]);
		expect(await all(`SELECT * FROM quality_village_excess`)).toEqual(before.quality);
	});
});
