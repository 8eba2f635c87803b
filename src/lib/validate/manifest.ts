/**
 * The manifest checks: `manifest_invalid` (shape, by the contract's `manifestProblems`, and each
 * table's key), `manifest_row_count` (rows recorded against rows loaded, per file or province
 * part), `manifest_checksum` (each file's sha256 against the hash the caller computed of its
 * bytes) and `manifest_dataset_checksum` (the dataset checksum against the sha256 of
 * `checksumInput`). Hashing is the caller's: Node's crypto or the browser's crypto.subtle.
 */
import { checksumInput, manifestProblems, shortChecksum, type Manifest, type ManifestTable } from '$lib/contract/manifest';
import { TABLES, type TableDef, type TableName } from '$lib/contract/schema';
import { col, sql } from '$lib/queries/sql';
import { relation, type Context } from './context';
import { finding, message, rowCount, type Finding } from './finding';
import { MANIFEST_CHECKSUM, MANIFEST_DATASET_CHECKSUM, MANIFEST_INVALID, MANIFEST_ROW_COUNT } from './rules';

/** What the caller knows about the files behind the tables. */
export interface FileFacts {
	/** Hex sha256 of each file's bytes, by its manifest path. */
	readonly fileHashes?: Readonly<Record<string, string>>;
	/** Rows of each file as the caller counted them (e.g. from Parquet metadata), by manifest path. */
	readonly rowCounts?: Readonly<Record<string, number>>;
	/** Hex sha256 of a UTF-8 string, for the dataset checksum. */
	readonly sha256Text?: (text: string) => string | Promise<string>;
}

/** Check a parsed dataset.json's shape; the manifest comes back only when its shape is sound. */
export function readManifest(value: unknown): { manifest: Manifest | undefined; findings: Finding[] } {
	if (value === undefined) return { manifest: undefined, findings: [] };
	const problems = manifestProblems(value);
	if (problems.length > 0) {
		return {
			manifest: undefined,
			findings: problems.map((p) =>
				finding(MANIFEST_INVALID, { key: { path: p.path } }, message('validate.manifestInvalid', { path: p.path, problem: p.problem }))
			)
		};
	}
	const manifest = value as Manifest;
	const findings = manifest.tables.flatMap((entry, i) => {
		const expected = (TABLES[entry.table] as TableDef).key;
		if (entry.key.join(',') === expected.join(',')) return [];
		return [
			finding(
				MANIFEST_INVALID,
				{ table: entry.table, key: { path: `$.tables[${i}].key` } },
				message('validate.manifestInvalid.key', {
					table: entry.table,
					file: entry.file,
					actual: entry.key.join(', '),
					expected: expected.join(', ')
				})
			)
		];
	});
	return { manifest, findings };
}

/** The column whose first two digits place a row in a province part. */
function partColumn(name: TableName): string | undefined {
	const columns = (TABLES[name] as TableDef).columns;
	return (columns.find((c) => c.name === 'province_code') ?? columns.find((c) => c.region))?.name;
}

/** Rows loaded per manifest file: the caller's counts, else counted in SQL (per province for parts). */
async function loadedRows(ctx: Context, entries: readonly ManifestTable[], given: FileFacts['rowCounts']) {
	const counts = new Map<string, number>();
	const byTable = new Map<TableName, ManifestTable[]>();
	for (const e of entries) {
		if (given?.[e.file] !== undefined || !ctx.tables.has(e.table)) continue;
		byTable.set(e.table, [...(byTable.get(e.table) ?? []), e]);
	}
	for (const [name, files] of byTable) {
		const column = partColumn(name);
		const split = files.some((f) => f.part) && column && ctx.tables.get(name)!.columns.has(column);
		const rows = await ctx.db.query<{ p: string | null; n: number }>(
			split
				? sql`SELECT left(CAST(${col(name, column)} AS VARCHAR), 2) AS p, CAST(count(*) AS DOUBLE) AS n
					FROM ${relation(ctx, name)} GROUP BY p`
				: sql`SELECT NULL AS p, CAST(count(*) AS DOUBLE) AS n FROM ${relation(ctx, name)}`
		);
		const total = rows.reduce((sum, r) => sum + Number(r.n), 0);
		for (const f of files) {
			if (f.part && !split) continue;
			counts.set(f.file, f.part ? Number(rows.find((r) => r.p === f.part!.province_code)?.n ?? 0) : total);
		}
	}
	for (const e of entries) if (given?.[e.file] !== undefined) counts.set(e.file, given[e.file]!);
	return counts;
}

/** Row counts and checksums of a sound manifest against the loaded tables and the caller's facts. */
export async function checkManifestContent(ctx: Context, facts: FileFacts): Promise<Finding[]> {
	const manifest = ctx.manifest;
	if (!manifest) return [];
	const findings: Finding[] = [];
	const loaded = await loadedRows(ctx, manifest.tables, facts.rowCounts);
	for (const entry of manifest.tables) {
		const where = { table: entry.table, key: { file: entry.file } };
		const rows = loaded.get(entry.file);
		if (rows !== undefined && rows !== entry.rows) {
			findings.push(
				finding(
					MANIFEST_ROW_COUNT,
					where,
					message('validate.manifestRowCount', {
						table: entry.table,
						file: entry.file,
						expected: rowCount(entry.rows),
						actual: rowCount(rows)
					})
				)
			);
		}
		const hash = facts.fileHashes?.[entry.file]?.toLowerCase();
		if (hash !== undefined && hash !== entry.sha256) {
			findings.push(
				finding(
					MANIFEST_CHECKSUM,
					where,
					message('validate.manifestChecksum', {
						table: entry.table,
						file: entry.file,
						expected: shortChecksum(entry.sha256),
						actual: shortChecksum(hash)
					})
				)
			);
		}
	}
	if (facts.sha256Text) {
		const computed = (await facts.sha256Text(checksumInput(manifest.tables))).toLowerCase();
		if (computed !== manifest.checksum) {
			findings.push(
				finding(
					MANIFEST_DATASET_CHECKSUM,
					{ key: { path: '$.checksum' } },
					message('validate.manifestDatasetChecksum', {
						expected: shortChecksum(manifest.checksum),
						actual: shortChecksum(computed)
					})
				)
			);
		}
	}
	return findings;
}
