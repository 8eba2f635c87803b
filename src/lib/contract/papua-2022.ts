/**
 * Regency codes that changed when the Papua provinces split in 2022 (UU 14, 15, 16 and 29 of
 * 2022): the code a regency had before (Permendagri 137/2017 edition, provinces 91 Papua and 92
 * Papua Barat) and the code it has in {@link REGION_EDITION}. A file keyed by the old codes must
 * be converted before loading (`regions.ts`); the import names the new code so the user can.
 * Regencies that stayed in 91 or 92 kept their codes and are not listed.
 */
import type { RegionCode } from './regions';

/** Old code -> today's code, with the name for messages. */
export const PAPUA_2022_CODES: Readonly<Record<RegionCode, { readonly code: RegionCode; readonly name: string }>> = {
	'9101': { code: '9301', name: 'Kabupaten Merauke' },
	'9102': { code: '9501', name: 'Kabupaten Jayawijaya' },
	'9104': { code: '9401', name: 'Kabupaten Nabire' },
	'9107': { code: '9402', name: 'Kabupaten Puncak Jaya' },
	'9108': { code: '9403', name: 'Kabupaten Paniai' },
	'9109': { code: '9404', name: 'Kabupaten Mimika' },
	'9112': { code: '9502', name: 'Kabupaten Pegunungan Bintang' },
	'9113': { code: '9503', name: 'Kabupaten Yahukimo' },
	'9114': { code: '9504', name: 'Kabupaten Tolikara' },
	'9116': { code: '9302', name: 'Kabupaten Boven Digoel' },
	'9117': { code: '9303', name: 'Kabupaten Mappi' },
	'9118': { code: '9304', name: 'Kabupaten Asmat' },
	'9121': { code: '9505', name: 'Kabupaten Mamberamo Tengah' },
	'9122': { code: '9506', name: 'Kabupaten Yalimo' },
	'9123': { code: '9507', name: 'Kabupaten Lanny Jaya' },
	'9124': { code: '9508', name: 'Kabupaten Nduga' },
	'9125': { code: '9405', name: 'Kabupaten Puncak' },
	'9126': { code: '9406', name: 'Kabupaten Dogiyai' },
	'9127': { code: '9407', name: 'Kabupaten Intan Jaya' },
	'9128': { code: '9408', name: 'Kabupaten Deiyai' },
	'9201': { code: '9601', name: 'Kabupaten Sorong' },
	'9204': { code: '9602', name: 'Kabupaten Sorong Selatan' },
	'9205': { code: '9603', name: 'Kabupaten Raja Ampat' },
	'9209': { code: '9604', name: 'Kabupaten Tambrauw' },
	'9210': { code: '9605', name: 'Kabupaten Maybrat' },
	'9271': { code: '9671', name: 'Kota Sorong' }
};

/** Today's code of a regency known by its pre-2022 Papua code, or null. */
export function papuaCodeToday(code: RegionCode): { code: RegionCode; name: string } | null {
	return Object.hasOwn(PAPUA_2022_CODES, code) ? PAPUA_2022_CODES[code]! : null;
}
