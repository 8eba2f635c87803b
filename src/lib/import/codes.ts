/**
 * Region codes as office files write them. `62.01` (Kemendagri's dotted form) is `6201`; a number
 * cell 6201 is `6201`; `6,2E+03` is refused, since Excel has already lost the digits; a code of a
 * Papua regency from before 2022 is refused with today's code; a name is looked up in the
 * reference regions and proposed, never applied without the user's word.
 */
import { papuaCodeToday } from '$lib/contract/papua-2022';
import type { RegionLevel } from '$lib/contract/domain';
import type { Cell } from './grid';
import { isScientific } from './numbers';

/** A region of the reference list (Kemendagri): what name lookup needs. */
export interface RegionRef {
	readonly code: string;
	/** Official name, e.g. "Kabupaten Bogor", "Kota Bogor", "Jawa Barat". */
	readonly name: string;
}

/** What a code cell holds. */
export type CodeCell =
	| { readonly kind: 'empty' }
	| { readonly kind: 'code'; readonly code: string }
	| { readonly kind: 'scientific'; readonly text: string }
	| { readonly kind: 'old-papua'; readonly code: string; readonly today: string; readonly name: string }
	| { readonly kind: 'name'; readonly text: string }
	| { readonly kind: 'bad'; readonly text: string };

const DOTTED = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

/** Read a code cell. */
export function readCodeCell(cell: Cell): CodeCell {
	if (cell === null) return { kind: 'empty' };
	if (typeof cell === 'number') {
		if (!Number.isFinite(cell) || cell < 0) return { kind: 'bad', text: String(cell) };
		// A dotted code typed into Excel becomes a number: 62.01 -> "62.01" -> 6201.
		return withPapua(Number.isInteger(cell) ? String(cell) : cell.toFixed(2).replace('.', ''));
	}
	if (typeof cell === 'boolean' || cell instanceof Date) return { kind: 'bad', text: String(cell) };
	const text = cell.trim();
	if (text === '') return { kind: 'empty' };
	if (isScientific(text)) return { kind: 'scientific', text };
	if (/^\d+$/.test(text)) return withPapua(text);
	if (DOTTED.test(text)) return withPapua(text.replaceAll('.', ''));
	// A name starts with a letter; Excel's errors (#N/A, #REF!) and other marks are not names.
	if (/^\p{L}/u.test(text)) return { kind: 'name', text };
	return { kind: 'bad', text };
}

function withPapua(code: string): CodeCell {
	const today = papuaCodeToday(code);
	return today ? { kind: 'old-papua', code, today: today.code, name: today.name } : { kind: 'code', code };
}

/** A name reduced for comparison: lower case, letters and digits, "kab." spelt out. */
export function nameKey(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/^kab\.?\s+/, 'kabupaten ')
		.replace(/^kab\/kota\s+/, '')
		.replace(/[^a-z0-9]/g, '');
}

const KIND_PREFIX = /^(kabupaten|kota|provinsi)\s+/i;

/** The name without "Kabupaten"/"Kota": "Kota Bogor" -> "Bogor". */
function shortName(name: string): string {
	return name.replace(KIND_PREFIX, '');
}

/** How a name resolves among the reference regions. */
export type NameMatch =
	| { readonly kind: 'unique'; readonly region: RegionRef }
	| { readonly kind: 'ambiguous'; readonly regions: readonly RegionRef[] }
	| { readonly kind: 'unknown' };

const LENGTH: Readonly<Record<RegionLevel, number>> = { province: 2, regency: 4, district: 6, village: 10 };

/**
 * Look a region name up among `regions` at the given levels, within `province` when known. The
 * full name ("Kabupaten Bogor") must match one region; a bare name ("Bogor") matches every region
 * so called in the province (Kabupaten Bogor 3201 and Kota Bogor 3271: ambiguous).
 */
export function resolveName(
	text: string,
	regions: readonly RegionRef[],
	{ levels, province }: { levels: readonly RegionLevel[]; province?: string | null }
): NameMatch {
	const lengths = new Set(levels.map((l) => LENGTH[l]));
	const pool = regions.filter((r) => lengths.has(r.code.length) && (!province || r.code.startsWith(province)));
	const key = nameKey(text);
	const full = pool.filter((r) => nameKey(r.name) === key);
	const found = full.length > 0 ? full : pool.filter((r) => nameKey(shortName(r.name)) === key);
	if (found.length === 1) return { kind: 'unique', region: found[0]! };
	if (found.length > 1) return { kind: 'ambiguous', regions: found };
	return { kind: 'unknown' };
}

/** A province from a cell of a province column: its code (`32`, `32.`) or its name ("Jawa Barat"). */
export function provinceOfCell(cell: Cell, regions: readonly RegionRef[]): string | null {
	if (cell === null) return null;
	const text = String(cell).trim().replace(/\.$/, '');
	if (/^\d{2}$/.test(text)) return text;
	const match = resolveName(text, regions, { levels: ['province'] });
	return match.kind === 'unique' ? match.region.code : null;
}
