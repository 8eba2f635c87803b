/**
 * Kemendagri region codes: undotted digit strings of length 2 (province), 4 (regency/city),
 * 6 (district) and 10 (village). A parent's code is always a prefix of its children's.
 *
 * One rule for regions that split (DOMAIN.md section 4): every table is keyed by the codes of
 * {@link REGION_EDITION} for every year, and a region's province is derived from its code's
 * first two digits. So the 2019–2022 figures of, say, Kabupaten Merauke (9301) belong to Papua
 * Selatan (93) although that province was created in 2022: the provinces' history is
 * re-expressed in today's borders, and the national sum is unchanged. A dataset keyed by older
 * codes (Merauke was 9101 before 2022) must be converted before loading; the validator reports
 * such codes as unknown regions.
 */
import { REGION_EDITION, type RegionKind, type RegionLevel } from './domain';

export { REGION_EDITION };

/** A Kemendagri code as an undotted digit string, e.g. `6201` or `6201012001`. */
export type RegionCode = string;

const LEVEL_BY_LENGTH: Readonly<Record<number, RegionLevel>> = {
	2: 'province',
	4: 'regency',
	6: 'district',
	10: 'village'
};

const CODE_PATTERN = /^\d{2}(\d{2}(\d{2}(\d{4})?)?)?$/;

/** True for a well-formed code of any level (shape only: whether it exists is the validator's job). */
export function isRegionCode(value: unknown): value is RegionCode {
	return typeof value === 'string' && CODE_PATTERN.test(value);
}

/** The level a well-formed code denotes; throws on anything else, naming the value. */
export function levelOf(code: RegionCode): RegionLevel {
	const level = isRegionCode(code) ? LEVEL_BY_LENGTH[code.length] : undefined;
	if (!level) throw new Error(`invalid region code: ${JSON.stringify(code)}`);
	return level;
}

/** The parent's code (`6201012001` -> `620101`), or null for a province. */
export function parentOf(code: RegionCode): RegionCode | null {
	const level = levelOf(code);
	if (level === 'province') return null;
	return code.slice(0, level === 'village' ? 6 : code.length - 2);
}

/** The province a code belongs to (its first two digits): the Papua rule above. */
export function provinceOf(code: RegionCode): RegionCode {
	levelOf(code);
	return code.slice(0, 2);
}

/** The regency/city a district or village belongs to; a regency's own code. */
export function regencyOf(code: RegionCode): RegionCode {
	if (levelOf(code) === 'province') throw new Error(`a province has no regency: ${code}`);
	return code.slice(0, 4);
}

/**
 * The kind a code's digits imply: regencies 01–69 kabupaten, 71–99 kota; villages by the 7th
 * digit, 1 kelurahan, 2 desa, 3 desa adat (DOMAIN.md section 4, SOURCES.md).
 */
export function kindOf(code: RegionCode): RegionKind {
	switch (levelOf(code)) {
		case 'province':
			return 'provinsi';
		case 'regency':
			return Number(code.slice(2, 4)) >= 71 ? 'kota' : 'kabupaten';
		case 'district':
			return 'kecamatan';
		case 'village': {
			const digit = code[6];
			if (digit === '1') return 'kelurahan';
			if (digit === '3') return 'desa_adat';
			if (digit === '2') return 'desa';
			throw new Error(`invalid village type digit in ${code}`);
		}
	}
}

/** Dotted display form: `6201012001` -> `62.01.01.2001`. */
export function dotted(code: RegionCode): string {
	levelOf(code);
	return [code.slice(0, 2), code.slice(2, 4), code.slice(4, 6), code.slice(6)]
		.filter((part) => part.length > 0)
		.join('.');
}

/**
 * Year each province created in 2022 came into being (UU 14, 15, 16 and 29 of 2022). Before it,
 * its figures are the re-expressed history described above; views mark such years.
 */
export const PROVINCE_ESTABLISHED: Readonly<Record<RegionCode, number>> = {
	'93': 2022, // Papua Selatan, UU 14/2022
	'94': 2022, // Papua Tengah, UU 15/2022
	'95': 2022, // Papua Pegunungan, UU 16/2022
	'96': 2022 // Papua Barat Daya, UU 29/2022
};
