/**
 * .xlsx with read-excel-file (loaded only when a workbook comes), every worksheet: the table is
 * often behind a notes sheet. Its `universal` entry reads an ArrayBuffer in Node and the browser
 * alike. Date-formatted cells come back as Date, numbers as numbers, the rest as text.
 */
import type { Cell, Sheet } from '../grid';

/** Every worksheet of a workbook, in workbook order. */
export async function readXlsx(bytes: Uint8Array): Promise<Sheet[]> {
	const { default: readXlsxFile } = await import('read-excel-file/universal');
	const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
	const sheets = await readXlsxFile(buffer);
	return sheets.map((s) => ({
		name: s.sheet,
		rows: s.data.map((row) => row.map((cell) => toCell(cell as unknown))),
		rowNumberOffset: 1 as const,
		decimal: ',' as const
	}));
}

function toCell(value: unknown): Cell {
	if (value === null || value === undefined) return null;
	if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
	return String(value);
}
