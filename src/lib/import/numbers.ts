/**
 * Numbers as office files write them. A spreadsheet's numeric cell is a number already; text is
 * read the Indonesian way first: `.` groups thousands and `,` marks decimals (`12.345` is twelve
 * thousand, `45,6` is forty-five point six). A dot that does not group by three (`52.15`) is a
 * decimal point, and so is a comma in a file written the English way (`1,234.5`). Negative and
 * fractional counts are read as written: the validator flags them with the row.
 */
import type { Cell } from './grid';

/** A number read from a cell, or why not. */
export type NumberResult = { readonly ok: true; readonly value: number } | { readonly ok: false };

const GROUPED_DOTS = /^\d{1,3}(\.\d{3})+$/;
const GROUPED_COMMAS = /^\d{1,3}(,\d{3})+$/;
const PLAIN = /^\d+$/;
const DECIMAL_COMMA = /^\d+,\d+$/;
const DECIMAL_DOT = /^\d+\.\d+$/;
const SCIENTIFIC = /^\d+([.,]\d+)?e[+-]?\d+$/i;

/** The decimal mark a file uses: `,` the Indonesian way (the default), `.` in a comma-separated file. */
export type DecimalMark = ',' | '.';

/**
 * Read a number from text; null for empty. `%` and a leading `Rp` are dropped (the unit is the
 * column's). Where a text fits both readings (`12.345`, `56,601`), `decimal` decides.
 */
export function parseNumberText(raw: string, decimal: DecimalMark = ','): number | null | undefined {
	// Most cells of a CSV are plain digits: read them without the cleaning below (a third of a
	// 10 MB file's parse time went there).
	if (PLAIN.test(raw)) {
		const plain = Number(raw);
		return Number.isFinite(plain) ? plain : undefined;
	}
	let s = raw.trim().replace(/^rp\.?\s*/i, '').replace(/\s*%$/, '').replace(/[\s\u00a0\u202f]/g, '');
	if (s === '' || s === '-') return null;
	let sign = 1;
	if (/^[-\u2212]/.test(s)) {
		sign = -1;
		s = s.slice(1);
	} else if (/^\(.*\)$/.test(s)) {
		sign = -1; // accounting style (1.234)
		s = s.slice(1, -1);
	}
	let value: number;
	if (PLAIN.test(s)) value = Number(s);
	else if (decimal === '.' && GROUPED_COMMAS.test(s)) value = Number(s.replaceAll(',', ''));
	else if (decimal === '.' && DECIMAL_DOT.test(s)) value = Number(s);
	else if (GROUPED_DOTS.test(s)) value = Number(s.replaceAll('.', ''));
	else if (DECIMAL_COMMA.test(s)) value = Number(s.replace(',', '.'));
	else if (DECIMAL_DOT.test(s)) value = Number(s);
	else if (/^\d{1,3}(\.\d{3})+,\d+$/.test(s)) value = Number(s.replaceAll('.', '').replace(',', '.'));
	else if (GROUPED_COMMAS.test(s)) value = Number(s.replaceAll(',', ''));
	else if (/^\d{1,3}(,\d{3})+\.\d+$/.test(s)) value = Number(s.replaceAll(',', ''));
	else if (SCIENTIFIC.test(s)) value = Number(s.replace(',', '.'));
	else return undefined;
	return Number.isFinite(value) ? sign * value : undefined;
}

/** A number from any cell: null for empty, undefined when it is not a number. */
export function parseNumberCell(cell: Cell, decimal: DecimalMark = ','): number | null | undefined {
	if (cell === null) return null;
	if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
	if (typeof cell === 'boolean' || cell instanceof Date) return undefined;
	return parseNumberText(cell, decimal);
}

/** True for text in scientific notation, as Excel shows long numbers: `6,2E+03`. */
export function isScientific(text: string): boolean {
	return SCIENTIFIC.test(text.trim());
}

const YES = new Set(['true', 'ya', 'y', 'yes', '1', 'benar', 'ada']);
const NO = new Set(['false', 'tidak', 't', 'no', 'n', '0', 'salah', 'tidak ada']);

/** A yes/no from a cell: null for empty, undefined when it is neither. */
export function parseFlagCell(cell: Cell): boolean | null | undefined {
	if (cell === null) return null;
	if (typeof cell === 'boolean') return cell;
	if (typeof cell === 'number') return cell === 1 ? true : cell === 0 ? false : undefined;
	if (cell instanceof Date) return undefined;
	const s = cell.trim().toLowerCase();
	if (s === '') return null;
	return YES.has(s) ? true : NO.has(s) ? false : undefined;
}
