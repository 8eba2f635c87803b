import { expect, test } from 'vitest';
import { areaLevel, areaProvince, checkArea, isAreaCode, parentArea, rankedAreaOf } from '$lib/contract/areas';

test.each([
	['ID', 'national', null, null, 'ID'],
	['62', 'province', 'ID', '62', '62'],
	['6201', 'regency', '62', '62', '62'],
	['6271', 'regency', '62', '62', '62']
])('%s: level %s, parent %s, province %s, ranked among the children of %s', (area, level, parent, province, ranked) => {
	expect(isAreaCode(area)).toBe(true);
	expect(areaLevel(area)).toBe(level);
	expect(parentArea(area)).toBe(parent);
	expect(areaProvince(area)).toBe(province);
	expect(rankedAreaOf(area)).toBe(ranked);
});

test.each(['', 'id', 'IDN', '6', '620103', '6201032003', "62' OR 1=1", '62.01', 62, null])('%j is not an area', (bad) => {
	expect(isAreaCode(bad)).toBe(false);
	expect(() => checkArea(bad)).toThrow(`invalid area: ${JSON.stringify(bad)}`);
});
