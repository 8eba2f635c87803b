/**
 * Bulk loading of generated rows into native DuckDB: rows become CSV text in a temporary file,
 * read back with the contract's column types (`INSERT … SELECT * FROM read_csv(…)`). The rows
 * are made in JavaScript from seeded streams, so the content never depends on DuckDB's threads.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TABLES, quoteIdentifier, type TableDef, type TableName } from '$lib/contract/schema';
import type { NativeConnection } from '../lib/native-db';

export type Cell = string | number | boolean | null;

const NULL = '\\N';

function field(value: Cell): string {
	if (value === null) return NULL;
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
		return String(value);
	}
	const s = String(value);
	return /[",\n\r\\]/.test(s) || s === '' ? `"${s.replaceAll('"', '""')}"` : s;
}

/** Collects one table's rows (values in contract column order) and loads them in batches. */
export class TableLoader {
	private lines: string[] = [];
	private batch = 0;
	rows = 0;

	constructor(
		private readonly conn: NativeConnection,
		readonly table: TableName,
		private readonly dir: string,
		private readonly batchRows = 1_000_000
	) {}

	/** Add one row; values in the order of the table's columns in the contract. */
	add(values: readonly Cell[]): void {
		this.lines.push(values.map(field).join(','));
		this.rows++;
	}

	/** True when a batch is ready to load (call {@link flush}). */
	get full(): boolean {
		return this.lines.length >= this.batchRows;
	}

	/** Load the rows collected so far. */
	async flush(): Promise<void> {
		if (this.lines.length === 0) return;
		const def = TABLES[this.table] as TableDef;
		const path = join(this.dir, `${this.table}-${this.batch++}.csv`);
		writeFileSync(path, this.lines.join('\n') + '\n');
		this.lines = [];
		const columns = def.columns.map((c) => `'${c.name.replaceAll("'", "''")}': '${c.type}'`).join(', ');
		await this.conn.run(
			`INSERT INTO ${quoteIdentifier(this.table)} SELECT * FROM read_csv('${path.replaceAll("'", "''")}', ` +
				`header = false, delim = ',', quote = '"', escape = '"', nullstr = '${NULL}', ` +
				`auto_detect = false, columns = {${columns}})`
		);
		rmSync(path);
	}
}

/** A temporary folder for the batches, removed by `dispose`. */
export function tempFolder(): { dir: string; dispose: () => void } {
	const dir = mkdtempSync(join(tmpdir(), 'cakupan-sample-'));
	return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
