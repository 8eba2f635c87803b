/**
 * User rows as Arrow IPC in the contract's types: what the store keeps and the engine inserts.
 * Decoded here with apache-arrow itself, independently of the encoder.
 */
import { describe, expect, test } from 'vitest';
import { DataType, tableFromIPC } from 'apache-arrow';
import { EncodeError, encodeRows, ipcColumns, ipcRowCount } from '$lib/userdata';

describe('encodeRows', () => {
	test('contract types: codes as text, counts as 64-bit integers, months as dates; null stays null', () => {
		const ipc = encodeRows('participation', [
			{ region_code: '6201', month: '2024-12-01', segment: 'PU', active: 42_000, non_active: null },
			{ region_code: '6208', month: '2025-01', segment: 'BPU', active: 1_600, non_active: 400 }
		]);
		const table = tableFromIPC(ipc);
		expect(table.schema.fields.map((f) => [f.name, DataType.isUtf8(f.type) ? 'utf8' : DataType.isInt(f.type) ? `int${f.type.bitWidth}` : DataType.isDate(f.type) ? 'date' : String(f.type)])).toEqual([
			['region_code', 'utf8'], ['month', 'date'], ['segment', 'utf8'], ['active', 'int64'], ['non_active', 'int64']
		]);
		expect(table.getChild('active')!.toArray()).toEqual(new BigInt64Array([42_000n, 1_600n]));
		expect(table.getChild('non_active')!.get(0)).toBeNull();
		// DateDay: days since 1970-01-01; 2024-12-01 is day 20,058 and 2025-01-01 day 20,089 (20,058 + 31)
		expect([...table.getChild('month')!].map((d) => new Date(d as number).toISOString().slice(0, 10))).toEqual(['2024-12-01', '2025-01-01']);
		expect(Date.UTC(2024, 11, 1) / 86_400_000).toBe(20_058);
	});

	test('columns no row has are left out (the overlay reads them as missing), in contract order', () => {
		const ipc = encodeRows('participation', [{ active: 1, segment: 'PU', month: '2024-12-01', region_code: '6201' }]);
		expect(ipcColumns(ipc)).toEqual(['region_code', 'month', 'segment', 'active']);
		expect(ipcRowCount(ipc)).toBe(1);
	});

	test('years as 32-bit integers, percentages as doubles, flags as booleans', () => {
		const targets = tableFromIPC(encodeRows('ucj_targets', [{ province_code: 'ID', year: 2025, target_pct: 52.15 }]));
		expect(targets.toArray().map((r) => r.toJSON())).toEqual([{ province_code: 'ID', year: 2025, target_pct: 52.15 }]);
		const employers = tableFromIPC(encodeRows('employers', [{ employer_id: 'E-1', year: 2024, has_jkk: true, has_jp: false }]));
		expect(employers.get(0)!.toJSON()).toMatchObject({ has_jkk: true, has_jp: false });
	});

	test('nulls past the first byte of the validity bitmap, multi-byte text and Date values read back as written', () => {
		// 19 rows: row 9's code and row 17's count are null (bits in the second and third bitmap byte).
		const rows = Array.from({ length: 19 }, (_, i) => ({
			region_code: i === 9 ? null : i % 2 ? 'Kabupaten Bogor – “Jawa” ê' : '6201',
			month: i % 3 ? new Date(Date.UTC(2024, i % 12, 1)) : '2024-02-29',
			segment: 'PU',
			active: i === 17 ? null : i * 1_000_000_007
		}));
		const table = tableFromIPC(encodeRows('participation', rows));
		expect(table.numRows).toBe(19);
		const back = table.toArray().map((r) => r.toJSON());
		for (const [i, row] of rows.entries()) {
			expect(back[i]!.region_code).toBe(row.region_code);
			const day = typeof row.month === 'string' ? Date.UTC(2024, 1, 29) : row.month.getTime();
			expect(back[i]!.month).toBe(day);
			expect(back[i]!.active).toBe(row.active === null ? null : BigInt(row.active));
		}
		expect(table.getChild('region_code')!.nullCount).toBe(1);
		expect(table.getChild('active')!.nullCount).toBe(1);
	});

	test('a day the calendar does not have is refused, not rolled into the next month', () => {
		expect(() => encodeRows('participation', [{ month: '2024-02-30' }])).toThrow(EncodeError);
		expect(() => encodeRows('participation', [{ month: '2023-02-29' }])).toThrow(EncodeError);
		expect(() => encodeRows('participation', [{ month: new Date(Number.NaN) }])).toThrow(EncodeError);
	});

	test('refuses a column outside the contract and a value its column cannot hold, naming column and row', () => {
		expect(() => encodeRows('participation', [{ region_code: '6201', aktif: 1 }])).toThrow(EncodeError);
		const attempt = (rows: Record<string, unknown>[]) => {
			try {
				encodeRows('participation', rows);
				return null;
			} catch (e) {
				return e as EncodeError;
			}
		};
		expect(attempt([{ region_code: '6201', active: 1 }, { region_code: '6208', active: 1.5 }])).toMatchObject({ column: 'active', row: 1, value: 1.5 });
		expect(attempt([{ region_code: 6201 }])).toMatchObject({ column: 'region_code', row: 0 });
		expect(attempt([{ month: '2024-13-01' }])).toMatchObject({ column: 'month' });
		expect(attempt([{ month: 'Desember 2024' }])).toMatchObject({ column: 'month' });
	});
});

test('encodeRows compiles no code at run time: the app’s CSP has no unsafe-eval', () => {
	// Arrow's vectorFromArray with a type builds a null test with `new Function`; a browser under
	// the app's CSP throws there (found by the /data/ e2e test). Any such call throws here too.
	const original = globalThis.Function;
	globalThis.Function = new Proxy(original, {
		construct: () => {
			throw new EvalError('code compiled at run time');
		},
		apply: () => {
			throw new EvalError('code compiled at run time');
		}
	});
	try {
		const ipc = encodeRows('participation', [
			{ region_code: '6201', month: '2024-12-01', segment: 'PU', active: 42, non_active: null },
			{ region_code: '6202', month: '2024-12-01', segment: 'BPU', active: 7, non_active: 3 }
		]);
		const table = tableFromIPC(ipc);
		expect(table.getChild('non_active')!.toArray().length).toBe(2);
		expect([...table.getChild('non_active')!].map((v) => (v === null ? null : Number(v)))).toEqual([null, 3]);
		expect([...table.getChild('region_code')!]).toEqual(['6201', '6202']);
	} finally {
		globalThis.Function = original;
	}
});
