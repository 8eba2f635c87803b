/**
 * The manifest (`dataset.json`) that travels with every dataset: what it is, where it comes
 * from, and for each table (or each per-province part of a table) its file, key, row count and
 * the sha256 of the file's bytes, so a figure on screen can name the exact data behind it.
 */
import { TABLES, type TableName } from './schema';

/** Manifest format version; bump when the shape below changes. */
export const MANIFEST_FORMAT = 1;

/** One source the dataset draws on, with the attribution its licence asks for. */
export interface ManifestSource {
	readonly name: string;
	readonly note: string;
	readonly license?: string;
	readonly attribution?: string;
	readonly url?: string;
}

/** One file of a table: the whole table, or one province's part of it. */
export interface ManifestTable {
	readonly table: TableName;
	/** Path relative to the manifest, e.g. `participation.parquet` or `participation/61.parquet`. */
	readonly file: string;
	/** Present when a table is split per province: the province this part holds. */
	readonly part?: { readonly province_code: string };
	readonly key: readonly string[];
	readonly rows: number;
	/** Hex sha256 of the file's bytes. */
	readonly sha256: string;
}

/** The whole manifest. */
export interface Manifest {
	readonly format: typeof MANIFEST_FORMAT;
	/** Machine name, e.g. `cakupan-sample`. */
	readonly name: string;
	/** Human title. */
	readonly title: string;
	/** Version of the content, e.g. `2025.12-s42` (sample: data period and seed). */
	readonly version: string;
	/** ISO 8601 time the files were written. */
	readonly generated_at: string;
	/** True when the figures are made up (the bundled sample): every screen and export says so. */
	readonly synthetic: boolean;
	/** The Kemendagri edition whose codes key the tables. */
	readonly region_edition: string;
	/** First and last month covered, `YYYY-MM`. */
	readonly period: { readonly from: string; readonly to: string };
	readonly sources: readonly ManifestSource[];
	readonly tables: readonly ManifestTable[];
	/** sha256 over the tables' `file sha256` lines, sorted ({@link checksumInput}): the whole content in one value. */
	readonly checksum: string;
}

/** A problem with the manifest's own shape, with the JSON path it concerns. */
export interface ManifestProblem {
	readonly path: string;
	readonly problem: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const SHA256 = /^[0-9a-f]{64}$/;

/** Check a parsed `dataset.json` for shape; returns the problems found (empty when sound). */
export function manifestProblems(value: unknown): ManifestProblem[] {
	const problems: ManifestProblem[] = [];
	const fail = (path: string, problem: string) => problems.push({ path, problem });
	if (typeof value !== 'object' || value === null) return [{ path: '$', problem: 'not an object' }];
	const m = value as Record<string, unknown>;
	if (m.format !== MANIFEST_FORMAT) fail('$.format', `expected ${MANIFEST_FORMAT}`);
	for (const field of ['name', 'title', 'version', 'generated_at', 'region_edition'] as const) {
		if (typeof m[field] !== 'string' || m[field] === '') fail(`$.${field}`, 'expected a non-empty string');
	}
	if (typeof m.generated_at === 'string' && Number.isNaN(Date.parse(m.generated_at))) {
		fail('$.generated_at', 'expected an ISO 8601 time');
	}
	if (typeof m.synthetic !== 'boolean') fail('$.synthetic', 'expected true or false');
	const period = m.period as Record<string, unknown> | undefined;
	if (!period || !MONTH.test(String(period.from)) || !MONTH.test(String(period.to))) {
		fail('$.period', 'expected { from: "YYYY-MM", to: "YYYY-MM" }');
	}
	if (!Array.isArray(m.sources)) fail('$.sources', 'expected a list');
	if (typeof m.checksum !== 'string' || !SHA256.test(m.checksum)) fail('$.checksum', 'expected 64 lowercase hex digits');
	if (!Array.isArray(m.tables)) {
		fail('$.tables', 'expected a list');
		return problems;
	}
	m.tables.forEach((entry: unknown, i: number) => {
		const path = `$.tables[${i}]`;
		const t = (entry ?? {}) as Record<string, unknown>;
		if (typeof t.table !== 'string' || !Object.hasOwn(TABLES, t.table)) {
			fail(`${path}.table`, `not a table of the contract: ${JSON.stringify(t.table)}`);
		}
		if (typeof t.file !== 'string' || t.file === '' || t.file.includes('..') || t.file.startsWith('/')) {
			fail(`${path}.file`, 'expected a relative path inside the dataset');
		}
		if (!Array.isArray(t.key) || t.key.some((k) => typeof k !== 'string')) fail(`${path}.key`, 'expected a list of column names');
		if (!Number.isSafeInteger(t.rows) || (t.rows as number) < 0) fail(`${path}.rows`, 'expected a whole number ≥ 0');
		if (typeof t.sha256 !== 'string' || !SHA256.test(t.sha256)) fail(`${path}.sha256`, 'expected 64 lowercase hex digits');
	});
	return problems;
}

/** Parse and check a manifest; throws an Error listing every problem. */
export function parseManifest(value: unknown): Manifest {
	const problems = manifestProblems(value);
	if (problems.length > 0) {
		throw new Error(`invalid dataset.json: ${problems.map((p) => `${p.path} ${p.problem}`).join('; ')}`);
	}
	return value as Manifest;
}

/** The manifest entries of one table (one, or one per province part). */
export function tableFiles(manifest: Manifest, table: TableName): ManifestTable[] {
	return manifest.tables.filter((t) => t.table === table);
}

/** The text whose sha256 is the dataset checksum: one `file sha256` line per table file, sorted. */
export function checksumInput(tables: readonly Pick<ManifestTable, 'file' | 'sha256'>[]): string {
	return tables
		.map((t) => `${t.file} ${t.sha256}\n`)
		.sort()
		.join('');
}

/** A short, human-comparable checksum for the whole dataset: first 12 hex digits. */
export function shortChecksum(sha256: string): string {
	return sha256.slice(0, 12);
}
