/**
 * Areas the views look at: Indonesia as a whole (`ID`), a province (2 digits) or a regency
 * (4 digits). Every regency-keyed table filters by code prefix, so one bound predicate serves
 * every level: the national prefix is the empty string, which every code starts with.
 */
import { NATIONAL_CODE } from '$lib/contract/domain';
import { isRegionCode, levelOf } from '$lib/contract/regions';

/** `ID` or a province/regency code. */
export type AreaCode = string;

/** True for an area the overview can show: Indonesia, a province or a regency. */
export function isAreaCode(value: unknown): value is AreaCode {
	if (value === NATIONAL_CODE) return true;
	return isRegionCode(value) && (value.length === 2 || value.length === 4);
}

/** The code prefix that selects an area's regencies (`''` for Indonesia). */
export function areaPrefix(area: AreaCode): string {
	if (area === NATIONAL_CODE) return '';
	if (!isAreaCode(area)) throw new Error(`invalid area: ${JSON.stringify(area)}`);
	return area;
}

/** Code length of an area's children: provinces (2) under Indonesia, regencies (4) under a province. */
export function childLength(area: AreaCode): 2 | 4 | null {
	if (area === NATIONAL_CODE) return 2;
	return levelOf(area) === 'province' ? 4 : null;
}

/** `YYYY-MM` -> the DATE text of that month's first day. */
export function monthDate(month: string): string {
	if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new Error(`invalid month: ${JSON.stringify(month)}`);
	return `${month}-01`;
}

/** The same month a year earlier (`2024-12` -> `2023-12`): the base of `growth` and `coverageChangePts`. */
export function yearBefore(month: string): string {
	monthDate(month);
	return `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`;
}
