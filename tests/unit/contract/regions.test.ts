import { describe, expect, test } from 'vitest';
import { dotted, isRegionCode, kindOf, levelOf, parentOf, provinceOf, regencyOf } from '$lib/contract/regions';
import { isAllowedProgramme, PROVINCE_KANWIL, KANWIL_IDS } from '$lib/contract/domain';

describe('region codes', () => {
	test.each([
		['62', 'province', null, 'provinsi'],
		['6201', 'regency', '62', 'kabupaten'],
		['6271', 'regency', '62', 'kota'],
		['620103', 'district', '6201', 'kecamatan'],
		['6201032003', 'village', '620103', 'desa'],
		['6171011002', 'village', '617101', 'kelurahan'],
		['9103013007', 'village', '910301', 'desa_adat']
	])('%s is a %s with parent %s, kind %s', (code, level, parent, kind) => {
		expect(levelOf(code)).toBe(level);
		expect(parentOf(code)).toBe(parent);
		expect(kindOf(code)).toBe(kind);
	});

	test.each(['', '6', '620', '62010', '62.01', '620103200', '62010320031', 6201, null, '62O1'])('rejects %j', (bad) => {
		expect(isRegionCode(bad)).toBe(false);
		expect(() => levelOf(bad as string)).toThrow(/invalid region code/);
	});

	test('the Papua rule: a region belongs to the province of its first two digits, every year', () => {
		expect(provinceOf('9301')).toBe('93'); // Kabupaten Merauke, Papua Selatan since 2022
		expect(provinceOf('9601012001')).toBe('96');
		expect(regencyOf('6201032003')).toBe('6201');
		expect(() => regencyOf('62')).toThrow(/no regency/);
	});

	test('dotted display form', () => {
		expect(dotted('6201032003')).toBe('62.01.03.2003');
		expect(dotted('6201')).toBe('62.01');
	});
});

describe('domain vocabularies', () => {
	test('segment × programme combinations the law allows', () => {
		expect(isAllowedProgramme('PU', 'JP')).toBe(true);
		expect(isAllowedProgramme('BPU', 'JP')).toBe(false);
		expect(isAllowedProgramme('BPU', 'JHT')).toBe(true);
		expect(isAllowedProgramme('JAKON', 'JHT')).toBe(false);
		expect(isAllowedProgramme('JAKON', 'JKM')).toBe(true);
		expect(isAllowedProgramme('PMI', 'JKP')).toBe(false);
	});

	test('all 38 provinces map to one of the 11 regional offices', () => {
		expect(Object.keys(PROVINCE_KANWIL)).toHaveLength(38);
		expect(KANWIL_IDS).toHaveLength(11);
		expect(new Set(Object.values(PROVINCE_KANWIL)).size).toBe(11);
	});
});
