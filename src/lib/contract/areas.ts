/**
 * Areas the views look at: Indonesia as a whole (`ID`), a province (2 digits) or a regency/city
 * (4 digits). Regional-office (Kanwil) and branch-office areas will join them here, so every
 * view and query builder learns what an area is from this one module.
 *
 * Every regency-keyed table filters by code prefix, so one bound predicate serves every level:
 * the national prefix is the empty string, which every code starts with.
 */
import { NATIONAL_CODE } from './domain';
import { isRegionCode, provinceOf } from './regions';

/** `ID`, a province code or a regency/city code. */
export type AreaCode = string;

/** The level of an area. */
export type AreaLevel = 'national' | 'province' | 'regency';

/** True for an area a view can show: Indonesia, a province or a regency (shape only). */
export function isAreaCode(value: unknown): value is AreaCode {
	if (value === NATIONAL_CODE) return true;
	return isRegionCode(value) && (value.length === 2 || value.length === 4);
}

/** `area` if it is an area code; throws naming the value otherwise (nothing else reaches SQL). */
export function checkArea(area: unknown): AreaCode {
	if (!isAreaCode(area)) throw new Error(`invalid area: ${JSON.stringify(area)}`);
	return area;
}

/** The level of an area code. */
export function areaLevel(area: AreaCode): AreaLevel {
	checkArea(area);
	return area === NATIONAL_CODE ? 'national' : area.length === 2 ? 'province' : 'regency';
}

/** The area one level up: a regency's province, a province's Indonesia; null for Indonesia. */
export function parentArea(area: AreaCode): AreaCode | null {
	const level = areaLevel(area);
	return level === 'national' ? null : level === 'province' ? NATIONAL_CODE : provinceOf(area);
}

/** The province an area lies in, or null for Indonesia. */
export function areaProvince(area: AreaCode): string | null {
	return areaLevel(area) === 'national' ? null : provinceOf(area);
}

/**
 * The area whose children a ranking shows: Indonesia and a province rank their own children
 * (provinces, regencies); a regency ranks among its province's regencies.
 */
export function rankedAreaOf(area: AreaCode): AreaCode {
	return areaLevel(area) === 'regency' ? provinceOf(area) : area;
}
