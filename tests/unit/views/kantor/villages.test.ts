/**
 * The village list's pure helpers (search, totals, columns, notes) on hand-written rows, and
 * `loadVillages`' order of work (attach, then query) and abort with a fake engine.
 */
import { describe, expect, test } from 'vitest';
import type { Db, Sql } from '$lib/data/connector';
import type { AttachDetail } from '$lib/data/detail';
import { translator } from '$lib/i18n';
import { formatInteger, formatMonth } from '$lib/format';
import type { VillageRow } from '$lib/queries/villages';
import {
	excessNotes,
	loadVillages,
	provinceOfRegency,
	villageColumns,
	villageTableRows,
	villageTotals
} from '$lib/views/kantor/villages';

const EMPTY = {
	active_pu: null, active_bpu: null, active_jakon: null, active_pmi: null, active_ucj: null,
	officials_covered: null, vulnerable_covered: null, apbdes_people: null, apbdes_idr: null
};

const ROWS: VillageRow[] = [
	{ ...EMPTY, code: '6201011011', name: 'Candi', kind: 'kelurahan', district_code: '620101', district_name: 'Kumai',
		active_pu: 100, active_bpu: 20, active_jakon: 3, active_pmi: 1, active_ucj: 123, officials_covered: 5, apbdes_idr: 0 },
	{ ...EMPTY, code: '6201012001', name: 'Sungai Cabang', kind: 'desa', district_code: '620101', district_name: 'Kumai',
		active_pu: 50, active_bpu: 10, active_jakon: 0, active_ucj: 60, officials_covered: 12, vulnerable_covered: 4, apbdes_people: 4, apbdes_idr: 806_400 },
	{ ...EMPTY, code: '6201022003', name: 'Pangkalan Lada', kind: 'desa', district_code: '620102', district_name: 'Arut Selatan' },
	{ ...EMPTY, code: '9103013007', name: 'Desa Adat Yoboi', kind: 'desa_adat', district_code: '910301', district_name: 'Sentani' },
	{ ...EMPTY, code: '3171011001', name: 'Gambir', kind: 'kelurahan', district_code: '317101', district_name: 'Gambir' },
	{ ...EMPTY, code: '5103012004', name: 'Kuta Élok', kind: 'desa', district_code: '510301', district_name: 'Kuta Selatan' }
];


describe('villageTotals', () => {
	test('sums each measure over the rows that have it; null only when none has', () => {
		expect(villageTotals(ROWS)).toEqual({
			active_pu: 150, active_bpu: 30, active_jakon: 3, active_pmi: 1, active_ucj: 183,
			officials_covered: 17, vulnerable_covered: 4, apbdes_people: 4, apbdes_idr: 806_400
		});
	});

	test('of one row, and of no rows', () => {
		expect(villageTotals(ROWS.slice(1, 2))).toMatchObject({ active_pu: 50, active_pmi: null, apbdes_idr: 806_400 });
		expect(villageTotals([])).toEqual(EMPTY);
	});

	test('a zero is a figure, not a missing value', () => {
		expect(villageTotals([ROWS[0]!]).apbdes_idr).toBe(0);
	});
});

describe('columns and table rows', () => {
	test('the issue’s columns in order, Indonesian first, with their kinds', () => {
		const columns = villageColumns(translator('id'));
		expect(columns.map((c) => [c.key, c.label, c.kind])).toEqual([
			['district_name', 'Kecamatan', 'text'],
			['name', 'Desa/kelurahan', 'text'],
			['code', 'Kode desa', 'code'],
			['kind_label', 'Jenis', 'text'],
			['active_pu', 'PU', 'count'],
			['active_bpu', 'BPU', 'count'],
			['active_jakon', 'Jakon', 'count'],
			['active_pmi', 'PMI', 'count'],
			['officials_covered', 'Perangkat desa dan RT/RW terlindungi', 'count'],
			['vulnerable_covered', 'Pekerja rentan terlindungi', 'count'],
			['apbdes_people', 'Peserta dibiayai APBDes', 'count'],
			['apbdes_idr', 'Iuran dari APBDes', 'rupiah']
		]);
		expect(villageColumns(translator('en'))[0]!.label).toBe('District');
	});

	test('each row gets its kind in words', () => {
		const t = translator('id');
		expect(villageTableRows(ROWS, t).map((r) => r.kind_label)).toEqual(['Kelurahan', 'Desa', 'Desa', 'Desa adat', 'Kelurahan', 'Desa']);
		expect(villageTableRows([ROWS[3]!], translator('en'))[0]).toMatchObject({ code: '9103013007', kind_label: 'Customary village (desa adat)' });
	});
});

test('excessNotes: one sentence per row, figures formatted the Indonesian way', () => {
	const notes = excessNotes(
		[{ region_code: '6208', month: '2024-12', segment: 'PU', villages_active: 6_000, regency_active: 5_400 }],
		{ t: translator('id'), regencyName: 'Kabupaten Sukamara', formatCount: (n) => formatInteger(n, 'id'), formatMonth: (m) => formatMonth(m, 'id') }
	);
	expect(notes).toEqual([
		`Catatan kualitas data: jumlah peserta aktif ${translator('id')('segment.PU')} di desa-desanya (6.000) melebihi angka Kabupaten Sukamara (5.400) pada ${formatMonth('2024-12', 'id')}.`
	]);
});

describe('loadVillages', () => {
	/** A Db that records its queries and answers each with `rows`. */
	function fakeDb(log: string[]): Db {
		return {
			async query<T>(q: Sql) {
				log.push(q.text.includes('quality_village_excess') ? 'query excess' : 'query villages');
				return [] as T[];
			}
		};
	}

	test('attaches the regency’s province with the caller’s progress, then queries the list', async () => {
		const log: string[] = [];
		const heard: number[] = [];
		const attach: AttachDetail = async (province, options) => {
			log.push(`attach ${province}`);
			options?.onProgress?.(10, 20);
			await new Promise((r) => setTimeout(r, 5));
			log.push('attached');
		};
		const data = await loadVillages(fakeDb(log), attach, { regency: '6271', month: '2024-12' }, { onProgress: (loaded) => heard.push(loaded) });
		// The excess rows come from the core file, so they need not wait for the download.
		expect(log).toEqual(['query excess', 'attach 62', 'attached', 'query villages']);
		expect(heard).toEqual([10]);
		expect(data.query.params).toEqual(['6271', '6271', '2024-12-01', '6271', '2024-12-01']);
	});

	test('an abort stops waiting for the download and rejects with the signal’s reason', async () => {
		const log: string[] = [];
		const controller = new AbortController();
		let release!: () => void;
		const attach: AttachDetail = () => new Promise<void>((resolve) => (release = resolve));
		const loading = loadVillages(fakeDb(log), attach, { regency: '6201', month: '2024-12' }, { signal: controller.signal });
		controller.abort(new DOMException('newer request', 'AbortError'));
		await expect(loading).rejects.toMatchObject({ name: 'AbortError' });
		release();
		await new Promise((r) => setTimeout(r, 5));
		expect(log).toEqual(['query excess']);
	});

	test('a malformed regency is refused before any work', async () => {
		const log: string[] = [];
		const attach: AttachDetail = async () => void log.push('attach');
		await expect(loadVillages(fakeDb(log), attach, { regency: '62', month: '2024-12' })).rejects.toThrow(RangeError);
		expect(log).toEqual([]);
		expect(provinceOfRegency('6201')).toBe('62');
	});
});
