/** The pure parts of the validator: the rule index, type readability, message building, i18n keys. */
import { describe, expect, test } from 'vitest';
import { en, id, placeholders } from '$lib/i18n';
import { RULES, severityOf } from '$lib/validate';
import { readability } from '$lib/validate/context';
import { alternatives, keyText, message, rowCount, term } from '$lib/validate/finding';

describe('RULES', () => {
	test('ids are unique snake_case, each with a one-line doc', () => {
		const ids = RULES.map((r) => r.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const r of RULES) {
			expect(r.id).toMatch(/^[a-z0-9]+(_[a-z0-9]+)*$/);
			expect(r.doc).not.toMatch(/\n/);
		}
	});

	test('only judgement calls are warnings', () => {
		expect(RULES.filter((r) => r.severity === 'warning').map((r) => r.id)).toEqual([
			'extra_column',
			'coverage_above_100',
			'village_exceeds_regency'
		]);
		expect(severityOf('missing_month')).toBe('error');
	});
});

describe('readability(physical, contract type)', () => {
	test.each([
		['VARCHAR', 'VARCHAR', 'same'],
		["ENUM('PU', 'BPU')", 'VARCHAR', 'cast'],
		['INTEGER', 'VARCHAR', 'no'],
		['BIGINT', 'VARCHAR', 'no'],
		['INTEGER', 'BIGINT', 'cast'],
		['HUGEINT', 'BIGINT', 'cast'],
		['DECIMAL(18,0)', 'BIGINT', 'cast'],
		['DECIMAL(18,2)', 'BIGINT', 'whole'],
		['DOUBLE', 'BIGINT', 'whole'],
		['FLOAT', 'INTEGER', 'whole'],
		['VARCHAR', 'BIGINT', 'no'],
		['BIGINT', 'DOUBLE', 'cast'],
		['DECIMAL(5,2)', 'DOUBLE', 'cast'],
		['VARCHAR', 'DOUBLE', 'no'],
		['DATE', 'DATE', 'same'],
		['TIMESTAMP', 'DATE', 'cast'],
		['TIMESTAMP WITH TIME ZONE', 'DATE', 'cast'],
		['VARCHAR', 'DATE', 'date-text'],
		['INTEGER', 'DATE', 'no'],
		['BOOLEAN', 'BOOLEAN', 'same'],
		['INTEGER', 'BOOLEAN', 'no']
	] as const)('%s as %s: %s', (physical, type, expected) => {
		expect(readability(physical, type)).toBe(expected);
	});
});

describe('message parts', () => {
	test('keyText writes a key the same in both languages, NULL for a missing part', () => {
		expect(keyText({ region_code: '6201', year: 2024 })).toBe('region_code=6201, year=2024');
		expect(keyText({ segment: null })).toBe('segment=NULL');
		expect(keyText({}, 12)).toBe('#12');
	});

	test('alternatives join with the language\'s "or"', () => {
		const levels = ['province', 'regency', 'village'] as const;
		expect(alternatives(levels.map((l) => term(`validate.level.${l}`)))).toEqual({
			id: 'provinsi, kabupaten/kota atau desa/kelurahan',
			en: 'province, regency/city or village'
		});
	});

	test('counts agree in number', () => {
		expect(rowCount(1)).toEqual({ id: '1 baris', en: '1 row' });
		expect(rowCount(1234)).toEqual({ id: '1.234 baris', en: '1,234 rows' });
	});

	test('message fills each language with its own text', () => {
		expect(message('validate.extraColumn', { table: 'workforce', column: 'catatan' })).toEqual({
			id: 'Tabel workforce punya kolom catatan yang tidak ada dalam kontrak data, jadi kolom ini diabaikan. Hapus kolom itu, atau periksa apakah namanya salah tulis.',
			en: 'Table workforce has a column catatan that is not in the data contract, so it is ignored. Remove it, or check whether its name is misspelt.'
		});
	});
});

describe('validate.* messages in lib/i18n', () => {
	const keys = Object.keys(id).filter((k) => k.startsWith('validate.')) as (keyof typeof id)[];

	test('exist in both languages', () => {
		expect(keys.length).toBeGreaterThan(30);
		expect(Object.keys(en).filter((k) => k.startsWith('validate.')).sort()).toEqual([...keys].sort());
	});

	test.each(keys)('%s has the same placeholders in both languages', (key) => {
		expect(placeholders(en[key]).sort()).toEqual(placeholders(id[key]).sort());
	});
});
