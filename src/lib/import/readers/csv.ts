/**
 * CSV and other delimited text with papaparse (loaded only when a text file comes): `;` (Excel in
 * an Indonesian locale), `,`, tab (Excel's "Unicode text") or `|`, guessed from the file; a comma-separated file writes decimals with a dot. Empty
 * lines are kept as empty rows so row numbers stay the editor's line numbers.
 */
import type { Sheet } from '../grid';

/** Parse delimited text (already decoded, BOM removed) into one sheet of text cells. */
export async function readCsv(text: string): Promise<Sheet> {
	const { default: Papa } = await import('papaparse');
	const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
		delimiter: '',
		delimitersToGuess: [';', ',', '\t', '|'],
		skipEmptyLines: false
	});
	const rows = result.data.map((r) => r.map((cell) => (cell.trim() === '' ? null : cell)));
	// The line break after the last line gives papaparse one more, empty, row.
	while (rows.length > 0 && rows.at(-1)!.every((c) => c === null)) rows.pop();
	return { name: null, rows, rowNumberOffset: 1, decimal: result.meta.delimiter === ',' ? '.' : ',' };
}
