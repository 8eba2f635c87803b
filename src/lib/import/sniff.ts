/**
 * What a file is, from its first and last bytes, never from its name: office files are often
 * renamed (a screenshot saved as `.csv`, an old `.xls` renamed `.xlsx`), and each gets its own
 * message instead of a reader's failure.
 */

/** The kinds of file the import tells apart. */
export type Sniffed =
	| { readonly kind: 'empty' }
	| { readonly kind: 'parquet' }
	/** Starts like Parquet but lacks the closing `PAR1`: cut short in a download or a copy. */
	| { readonly kind: 'parquet-truncated' }
	/** A ZIP container: an .xlsx (or another Office Open XML file). */
	| { readonly kind: 'xlsx' }
	/** A Compound File: Excel 97–2003 `.xls` (or an old .doc). */
	| { readonly kind: 'old-xls' }
	| { readonly kind: 'binary'; readonly what: 'PNG' | 'JPEG' | 'GIF' | 'PDF' | 'binary' }
	| { readonly kind: 'text'; readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; readonly bom: boolean };

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => sig.every((x, i) => b[at + i] === x);

const PAR1 = [0x50, 0x41, 0x52, 0x31];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const SIGNATURES: readonly [readonly number[], 'PNG' | 'JPEG' | 'GIF' | 'PDF'][] = [
	[[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG'],
	[[0xff, 0xd8, 0xff], 'JPEG'],
	[[0x47, 0x49, 0x46, 0x38], 'GIF'],
	[[0x25, 0x50, 0x44, 0x46], 'PDF']
];

/** Control bytes no text file holds (tab, line feed, carriage return and form feed aside). */
function isBinaryByte(x: number): boolean {
	return x < 0x20 && x !== 0x09 && x !== 0x0a && x !== 0x0d && x !== 0x0c;
}

/** UTF-16 without a BOM: every other byte zero in the first bytes of ASCII text. */
function utf16WithoutBom(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	const n = Math.min(b.length - (b.length % 2), 512);
	if (n < 4) return null;
	let evenZero = 0;
	let oddZero = 0;
	for (let i = 0; i < n; i += 2) {
		if (b[i] === 0) evenZero++;
		if (b[i + 1] === 0) oddZero++;
	}
	const half = n / 2;
	if (oddZero > half * 0.9 && evenZero < half * 0.1) return 'utf-16le';
	if (evenZero > half * 0.9 && oddZero < half * 0.1) return 'utf-16be';
	return null;
}

/** Tell a file's kind from its bytes. */
export function sniff(bytes: Uint8Array): Sniffed {
	if (bytes.length === 0) return { kind: 'empty' };
	if (startsWith(bytes, PAR1)) {
		return bytes.length >= 12 && startsWith(bytes, PAR1, bytes.length - 4) ? { kind: 'parquet' } : { kind: 'parquet-truncated' };
	}
	if (startsWith(bytes, ZIP)) return { kind: 'xlsx' };
	if (startsWith(bytes, CFB)) return { kind: 'old-xls' };
	for (const [sig, what] of SIGNATURES) if (startsWith(bytes, sig)) return { kind: 'binary', what };
	if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { kind: 'text', encoding: 'utf-8', bom: true };
	if (startsWith(bytes, [0xff, 0xfe])) return { kind: 'text', encoding: 'utf-16le', bom: true };
	if (startsWith(bytes, [0xfe, 0xff])) return { kind: 'text', encoding: 'utf-16be', bom: true };
	const utf16 = utf16WithoutBom(bytes);
	if (utf16) return { kind: 'text', encoding: utf16, bom: false };
	const head = bytes.subarray(0, 4096);
	if (head.some(isBinaryByte)) return { kind: 'binary', what: 'binary' };
	return { kind: 'text', encoding: 'utf-8', bom: false };
}

/** A text file's content as a string, without its BOM (TextDecoder: in Node and every browser). */
export function decodeText(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): string {
	return new TextDecoder(encoding, { ignoreBOM: false }).decode(bytes);
}
