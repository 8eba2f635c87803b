/**
 * Parquet with hyparquet and hyparquet-compressors (loaded only when a Parquet file comes): ZSTD,
 * SNAPPY, GZIP, BROTLI, LZ4. DuckDB-WASM cannot read Parquet offline (its reader is a downloaded
 * extension), so the file is decoded in JS. BigInt counts become numbers; DATE and TIMESTAMP
 * columns come back as Date.
 */
import type { Cell, Sheet } from '../grid';

/** One sheet: the column names as its first row, then every row. */
export async function readParquet(bytes: Uint8Array): Promise<Sheet> {
	const [{ parquetMetadata, parquetReadObjects, parquetSchema }, { compressors }] = await Promise.all([
		import('hyparquet'),
		import('hyparquet-compressors')
	]);
	const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
	const metadata = parquetMetadata(file);
	const names = parquetSchema(metadata).children.map((c) => c.element.name);
	const objects = await parquetReadObjects({ file, metadata, compressors });
	const rows: Cell[][] = [names];
	for (const o of objects) rows.push(names.map((n) => toCell(o[n])));
	return { name: null, rows, rowNumberOffset: 0, decimal: ',' };
}

function toCell(value: unknown): Cell {
	if (value === null || value === undefined) return null;
	if (typeof value === 'bigint') {
		// Counts fit a double; a value that does not stays exact as text, and the cell check says so.
		return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
	}
	if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
	if (value instanceof Uint8Array) return new TextDecoder().decode(value);
	return String(value);
}
