/**
 * Issue 11's labels, end to end below the page: real active data (the overlay over the hand-made
 * Kalimantan fixture, as the data page applies a user's file) → each view's figure scopes
 * (`views/<view>/scopes.ts`) → the one helper (`views/common/origin.ts`) → the figure's provenance
 * → its CSV, xlsx and file name; and the layout's mark.
 *
 * The user's file: Kalimantan Tengah (62) participation, December 2024, active counts only (an
 * office summary). In the fixture every other table is the sample's, and so is Kalimantan Barat
 * (61). So, by the rule "any sample row makes a figure partly synthetic":
 *   - participants alone in 62 or one of its regencies: the user's;
 *   - anything with the workforce, the target, the programmes, villages, policy or candidates
 *     (all the sample's), or with Kalimantan Barat or Indonesia: mixed (or the sample's alone);
 *   - only my data: no sample row; national figures cover only Kalimantan Tengah, by name.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import type { Manifest } from '$lib/contract/manifest';
import { sha256Hex } from '$lib/data/download';
import type { NodeDb } from '$lib/data/node';
import { createOverlay, sampleData, type ActiveData, type Overlay, type OverlayFile } from '$lib/data/overlay';
import { figureProvenance, type ViewContext } from '$lib/components/view-context';
import { toCsv } from '$lib/export/csv';
import { fileName } from '$lib/export/download';
import { toXlsx } from '$lib/export/xlsx';
import { areaMonthly } from '$lib/queries/monthly';
import { encodeRows } from '$lib/userdata/arrow';
import { dataMark, figureOrigin, type ViewScope } from '$lib/views/common/origin';
import { figureScopes as overviewScopes } from '$lib/views/overview/scopes';
import { figureScopes as kantorScopes } from '$lib/views/kantor/scopes';
import { figureScopes as penilaianScopes } from '$lib/views/penilaian/scopes';
import { writeFixtureDataset } from '../fixtures/load-fixture';
import { dbForDataset } from './setup';

let db: NodeDb;
let manifest: Manifest;
let overlay: Overlay;
let sample: ActiveData;
let replace: ActiveData;
let mine: ActiveData;
const names = new Map<string, string>();
const nameOf = (code: string) => names.get(code) ?? code;

const KALTENG = ['6201', '6208', '6209'].flatMap((region_code, r) =>
	['PU', 'BPU', 'JAKON', 'PMI'].map((segment, s) => ({ region_code, month: '2024-12-01', segment, active: 1_000 * (r + 1) + s }))
);

beforeAll(async () => {
	const fixture = await writeFixtureDataset();
	manifest = fixture.manifest;
	db = await dbForDataset(fixture.dir);
	for (const r of await db.query<{ code: string; name: string }>({ text: `SELECT code, name FROM regions WHERE level = 'province'`, params: [] })) names.set(r.code, r.name);
	overlay = createOverlay(db.overlayTarget(), { sample: manifest, now: () => new Date(2026, 11, 2, 10, 0) });
	const ipc = encodeRows('participation', KALTENG);
	const file: OverlayFile = { id: 'k', name: 'kalteng-aktif.csv', table: 'participation', ipc, sha256: await sha256Hex(ipc), loadedAt: '2026-12-01T10:00:00.000Z' };
	sample = sampleData(manifest);
	replace = await overlay.apply([file]);
	mine = await overlay.apply([file], 'only-mine');
}, 120_000);
afterAll(async () => {
	await overlay?.useSample();
});

const MIXED = { source: 'mixed' };
const USER = { source: 'user' };
const SAMPLE = { source: 'sample' };
const KALTENG_ONLY = { source: 'user', provinces: ['Kalimantan Tengah'] };

/** Each figure's origin, as the views' frames get it. */
function origins<K extends string>(active: ActiveData, scopes: Record<K, ViewScope>): Record<K, unknown> {
	return Object.fromEntries(Object.entries<ViewScope>(scopes).map(([k, scope]) => [k, figureOrigin(active, scope, nameOf) ?? 'none'])) as Record<K, unknown>;
}

test('the active data the overlay made: 62’s participation is the user’s, 61’s the sample’s', () => {
	expect(names.get('62')).toBe('Kalimantan Tengah');
	expect(replace).toMatchObject({ kind: 'user', mode: 'replace', userProvinces: { participation: ['62'] }, sampleProvinces: { participation: ['61'] } });
	expect(mine).toMatchObject({ kind: 'user', mode: 'only-mine', userProvinces: { participation: ['62'] } });
});

describe('overview', () => {
	const at = (area: string, rankedArea: string) => overviewScopes({ area, rankedArea, month: '2024-12' });

	test('the sample alone: no figure carries an origin (the layout says DATA SINTETIS once)', () => {
		expect(origins(sample, at('62', '62'))).toEqual({ tiles: 'none', trend: 'none', penetration: 'none', ranking: 'none', decline: 'none' });
	});
	test('Kalimantan Tengah replaced: its trend of participants is the user’s; what divides by the sample’s workforce is mixed', () => {
		expect(origins(replace, at('62', '62'))).toEqual({ tiles: MIXED, trend: USER, penetration: MIXED, ranking: MIXED, decline: MIXED });
		expect(origins(replace, at('6208', '62'))).toEqual({ tiles: MIXED, trend: USER, penetration: MIXED, ranking: MIXED, decline: MIXED });
	});
	test('Kalimantan Barat, untouched, is the sample’s; Indonesia adds both', () => {
		expect(origins(replace, at('61', '61'))).toEqual({ tiles: SAMPLE, trend: SAMPLE, penetration: SAMPLE, ranking: SAMPLE, decline: SAMPLE });
		expect(origins(replace, at('ID', 'ID'))).toEqual({ tiles: MIXED, trend: MIXED, penetration: MIXED, ranking: MIXED, decline: MIXED });
	});
	test('only my data: Indonesia is Kalimantan Tengah alone, said by name; a province says nothing more', () => {
		expect(origins(mine, at('ID', 'ID'))).toEqual({ tiles: KALTENG_ONLY, trend: KALTENG_ONLY, penetration: KALTENG_ONLY, ranking: KALTENG_ONLY, decline: KALTENG_ONLY });
		expect(origins(mine, at('62', '62'))).toEqual({ tiles: USER, trend: USER, penetration: USER, ranking: USER, decline: USER });
	});
});

describe('kantor', () => {
	const state = (scope: { kind: string; provinces: string[] }, metric: 'ucj' | 'growth' = 'growth') =>
		kantorScopes({ scope, month: '2024-12', metric, selected: '6208', compared: [], villageMonth: '2024-12' });
	const PROVINCE_62 = { kind: 'province', provinces: ['62'] };

	test('Kalimantan Tengah replaced, Sukamara selected: participants alone are the user’s; the programmes, villages and policy the sample’s', () => {
		expect(origins(replace, state(PROVINCE_62))).toEqual({
			area: MIXED, map: USER, ranking: MIXED, decline: MIXED, places: MIXED, trend: USER, regencyTrend: USER,
			penetration: MIXED, scatter: MIXED, comparison: MIXED, programmes: SAMPLE, policy: SAMPLE, villages: SAMPLE
		});
		// UCJ on the map divides by the sample's workforce.
		expect(origins(replace, state(PROVINCE_62, 'ucj')).map).toEqual(MIXED);
	});
	test('the Kalimantan office (61 and 62) and Indonesia mix even the participants', () => {
		const kanwil = origins(replace, state({ kind: 'kanwil', provinces: ['61', '62'] }));
		expect([kanwil.map, kanwil.trend, kanwil.regencyTrend]).toEqual([MIXED, MIXED, USER]);
		expect(origins(replace, state({ kind: 'national', provinces: ['61', '62'] })).trend).toEqual(MIXED);
	});
	test('only my data: national figures name Kalimantan Tengah; the selected regency’s panels are the user’s', () => {
		const national = origins(mine, state({ kind: 'national', provinces: ['61', '62'] }));
		expect(national).toMatchObject({ area: KALTENG_ONLY, map: KALTENG_ONLY, trend: KALTENG_ONLY, scatter: KALTENG_ONLY, programmes: USER, villages: USER });
	});
});

describe('penilaian', () => {
	const GOV_62 = { province_code: '62', assessment_year: 2024 };
	test('Kalimantan Tengah replaced: a government’s scorecard is mixed (its workforce, policy, candidates are the sample’s); a village’s and the list the sample’s', () => {
		expect(origins(replace, penilaianScopes({ province: null, kind: 'government', candidate: GOV_62 }))).toEqual({ list: SAMPLE, scorecard: MIXED, ranking: MIXED, comparison: MIXED });
		expect(origins(replace, penilaianScopes({ province: '62', kind: 'village', candidate: GOV_62 }))).toEqual({ list: SAMPLE, scorecard: SAMPLE, ranking: SAMPLE, comparison: SAMPLE });
	});
	test('Kalimantan Barat’s governments side by side stay the sample’s; beside one of Kalimantan Tengah they mix', () => {
		const side = (provinces: string[]) => penilaianScopes({ province: null, kind: 'government', candidate: GOV_62, compared: { kind: 'government', candidates: provinces.map((p) => ({ province_code: p, assessment_year: 2024 })) } });
		expect(origins(replace, side(['61'])).comparison).toEqual(SAMPLE);
		expect(origins(replace, side(['61', '62'])).comparison).toEqual(MIXED);
	});
	test('only my data: every figure is the user’s', () => {
		expect(origins(mine, penilaianScopes({ province: '62', kind: 'government', candidate: GOV_62 }))).toEqual({ list: USER, scorecard: USER, ranking: USER, comparison: USER });
	});
});

describe('exports carry the mark: provenance → CSV, xlsx, file name', () => {
	const context = (active: ActiveData): ViewContext => ({
		manifest: active.manifest,
		locale: 'id',
		filters: [{ label: 'Wilayah', value: 'Kalimantan Tengah' }],
		url: 'https://cakupan.example/?wilayah=62',
		activeData: active,
		provinceName: nameOf
	});
	const COLUMNS = [{ key: 'code', label: 'Kode', kind: 'code' as const }, { key: 'active', label: 'Peserta aktif', kind: 'count' as const }];
	const ROWS = [{ code: '62', active: 6_006 }];
	function exported(active: ActiveData, scope: ViewScope) {
		const provenance = figureProvenance(context(active), areaMonthly({ area: '62' }), scope)!;
		const xlsx = unzipSync(toXlsx(COLUMNS, ROWS, { provenance }));
		return {
			provenance,
			csv: toCsv(COLUMNS, ROWS, { provenance }),
			notes: strFromU8(xlsx['xl/worksheets/sheet2.xml']!),
			data: strFromU8(xlsx['xl/worksheets/sheet1.xml']!),
			name: fileName(['ringkasan', '62'], provenance, 'csv')
		};
	}
	const tiles = overviewScopes({ area: '62', rankedArea: '62', month: '2024-12' });

	test('a mixed figure: SEBAGIAN SINTETIS on every CSV row, in the xlsx’s data and Keterangan, and in the file name', () => {
		const out = exported(replace, tiles.tiles);
		expect(out.provenance).toMatchObject({ synthetic: false, partlySynthetic: true, source: 'mixed' });
		const [header, row] = out.csv.replace('\uFEFF', '').split('\r\n');
		expect(header).toBe('Kode;Peserta aktif;Sumber');
		expect(row).toBe(`62;6006;${replace.manifest.name} ${replace.manifest.version} · sha256 ${replace.manifest.checksum.slice(0, 12)} · SEBAGIAN SINTETIS`);
		expect(out.notes).toContain('<t>Status data</t>');
		expect(out.notes).toContain('<t>SEBAGIAN SINTETIS</t>');
		expect(out.notes).toContain('<t>data Anda dan data sampel</t>');
		expect(out.data).toContain('SEBAGIAN SINTETIS');
		expect(out.name).toBe(`cakupan_ringkasan_62_sebagian-sintetis_${replace.manifest.checksum.slice(0, 12)}.csv`);
	});
	test('a figure of the user’s rows alone: no synthetic mark anywhere, origin "data Anda"', () => {
		const out = exported(replace, tiles.trend);
		expect(out.provenance).toMatchObject({ synthetic: false, source: 'user' });
		expect(out.csv).not.toMatch(/SINTETIS/);
		expect(out.notes).not.toMatch(/SINTETIS/);
		expect(out.notes).toContain('<t>data Anda</t>');
		expect(out.name).toBe(`cakupan_ringkasan_62_${replace.manifest.checksum.slice(0, 12)}.csv`);
	});
	test('only my data, Indonesia: "hanya provinsi yang dimuat: Kalimantan Tengah" in the CSV and the xlsx', () => {
		const out = exported(mine, overviewScopes({ area: 'ID', rankedArea: 'ID', month: '2024-12' }).tiles);
		expect(out.csv).toContain('hanya provinsi yang dimuat: Kalimantan Tengah');
		expect(out.csv).not.toMatch(/SINTETIS/);
		expect(out.notes).toContain('<t>Cakupan wilayah</t>');
		expect(out.notes).toContain('<t>hanya provinsi yang dimuat: Kalimantan Tengah</t>');
	});
	test('the sample alone: DATA SINTETIS, as before', () => {
		const out = exported(sample, tiles.tiles);
		expect(out.provenance).toMatchObject({ synthetic: true });
		expect(out.provenance.partlySynthetic).toBeUndefined();
		expect(out.csv).toContain('· DATA SINTETIS');
		expect(out.name).toBe(`cakupan_ringkasan_62_sintetis_${manifest.checksum.slice(0, 12)}.csv`);
	});
});

test('the layout’s mark: DATA SINTETIS for the sample, SEBAGIAN SINTETIS beside it, nothing for only my data', () => {
	expect(dataMark(sample, sample.manifest)).toBe('synthetic');
	expect(dataMark(replace, replace.manifest)).toBe('partly');
	expect(dataMark(mine, mine.manifest)).toBeNull();
	// Before the active data is known, the manifest decides.
	expect(dataMark(null, manifest)).toBe('synthetic');
	expect(dataMark(null, null)).toBeNull();
});
