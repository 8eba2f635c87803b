/**
 * Shared by the sample tests: the committed sample (data/sample) opened in native DuckDB as one
 * view per table, the figures of DOMAIN.md section 5 pinned here (never read from the
 * generator), and a runner for the generator's command line.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest } from '../../src/lib/contract/manifest';
import { TABLES, quoteIdentifier, type TableDef, type TableName } from '../../src/lib/contract/schema';
import { tableContentChecksum } from '../../scripts/lib/dataset-writer';
import { nativeRows, openNative, type NativeConnection } from '../../scripts/lib/native-db';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const SAMPLE_DIR = join(ROOT, 'data/sample');
export const SAMPLE_SEED = 42;

/** DOMAIN.md section 5: national active participants in December, millions. */
export const NATIONAL_ACTIVE = {
	exact: { 2021: 30.66, 2023: 41.56, 2024: 45.22 }, // ±5%
	approx: { 2019: 34.4, 2020: 31.0, 2022: 35 } // "≈": ±10%
} as const;
/** DOMAIN.md section 5: segments in December, millions ("≈" in 2020), ±10%. */
export const NATIONAL_SEGMENTS = {
	2020: { PU: 19.2, BPU: 2.2, JAKON: 7.4 },
	2022: { PU: 22, BPU: 4.6, JAKON: 8 },
	2023: { PU: 25.0, BPU: 9.19, JAKON: 7.36 },
	2024: { PU: 29.3, BPU: 9.9 }
} as const;
/** DOMAIN.md section 5, 2024: "JAKON 6.0 (with PMI)". */
export const JAKON_WITH_PMI_2024 = 6.0;
/** DOMAIN.md section 5: BPS August working population (M) and formal share (%). */
export const BPS = {
	2019: [126.51, 44.1],
	2020: [128.45, 39.5],
	2021: [131.05, 40.6],
	2022: [135.3, 40.7],
	2023: [139.85, 40.9],
	2024: [144.64, 42.1],
	2025: [146.54, 42.2]
} as const;
/** DOMAIN.md section 5: province anchors, active participants Dec 2023 (Kemnaker), millions. */
export const PROVINCE_ANCHORS_2023: Readonly<Record<string, readonly [string, number]>> = {
	'31': ['DKI', 7.5], '32': ['Jabar', 4.86], '35': ['Jatim', 4.58], '33': ['Jateng', 3.95], '36': ['Banten', 2.63],
	'12': ['Sumut', 2.06], '64': ['Kaltim', 1.32], '14': ['Riau', 1.11], '51': ['Bali', 1.03], '73': ['Sulsel', 1.0],
	'16': ['Sumsel', 0.92], '61': ['Kalbar', 0.73], '13': ['Sumbar', 0.71], '62': ['Kalteng', 0.69], '15': ['Jambi', 0.66],
	'63': ['Kalsel', 0.63], '21': ['Kepri', 0.61], '11': ['Aceh', 0.58], '18': ['Lampung', 0.58], '71': ['Sulut', 0.58],
	'52': ['NTB', 0.57], '72': ['Sulteng', 0.57], '34': ['DIY', 0.56], '53': ['NTT', 0.36], '74': ['Sultra', 0.32],
	'65': ['Kaltara', 0.25], '19': ['Babel', 0.22], '17': ['Bengkulu', 0.21]
};
/** DOMAIN.md section 5: coverage (eligible base) guidance, % and when. */
export const COVERAGE_GUIDANCE: readonly { province: string; label: string; pct: number; year: number }[] = [
	{ province: '64', label: 'Kaltim 70.9% (Mar 2023)', pct: 70.9, year: 2023 },
	{ province: '65', label: 'Kaltara 57.9% (Mar 2023)', pct: 57.9, year: 2023 },
	{ province: '62', label: 'Kalteng 52.9% (Mar 2023)', pct: 52.9, year: 2023 },
	{ province: '63', label: 'Kalsel 34.3% (Mar 2023)', pct: 34.3, year: 2023 },
	{ province: '61', label: 'Kalbar 32.3% (Mar 2023)', pct: 32.3, year: 2023 },
	{ province: '51', label: 'Bali 50.9% (Mar 2025)', pct: 50.9, year: 2024 },
	{ province: '53', label: 'NTT 33.7% (Jun 2024)', pct: 33.7, year: 2024 }
];
/** DOMAIN.md section 2: active / (active + non-active), national, Dec 2023. */
export const ACTIVITY_RATIO_2023 = 0.68;
/** DOMAIN.md section 2: eligible ≈ 72% of the working population. */
export const ELIGIBLE_SHARE = 0.72;

/** The column placing a table's rows in a province (as the validator's partColumn does). */
export function provinceColumn(table: TableName): string {
	const cols = (TABLES[table] as TableDef).columns;
	const c = cols.find((c) => c.name === 'province_code') ?? cols.find((c) => c.region);
	if (!c) throw new Error(`no province column in ${table}`);
	return c.name;
}

/** A connection with one view per table of the dataset in `dir` (optionally only some provinces). */
export async function openDataset(dir: string, provinces?: readonly string[]): Promise<{ conn: NativeConnection; manifest: Manifest }> {
	const manifest = JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8')) as Manifest;
	const conn = await openNative();
	for (const t of manifest.tables) {
		const where = provinces
			? ` WHERE left(${quoteIdentifier(provinceColumn(t.table))}, 2) IN (${provinces.map((p) => `'${p.replace(/\D/g, '')}'`).join(', ')})`
			: '';
		await conn.run(
			`CREATE VIEW ${quoteIdentifier(t.table)} AS SELECT * FROM read_parquet('${join(dir, t.file).replaceAll("'", "''")}')${where}`
		);
	}
	return { conn, manifest };
}

/** Per-table content checksums of an open dataset. */
export async function contentChecksums(conn: NativeConnection, tables: readonly TableName[]): Promise<Record<string, string>> {
	const out: Record<string, string> = {};
	for (const t of tables) out[t] = await tableContentChecksum(conn, t);
	return out;
}

/** Run the generator's command line (no validation: these runs compare content only). */
export function runGenerator(args: readonly string[]): void {
	execFileSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/generate-sample.ts', '--quiet', '--no-validate', ...args], {
		cwd: ROOT,
		stdio: ['ignore', 'ignore', 'pipe']
	});
}

/** One number from a query. */
export async function scalar(conn: NativeConnection, sql: string): Promise<number> {
	const rows = await nativeRows<Record<string, number>>(conn, sql);
	return Number(Object.values(rows[0] ?? {})[0]);
}

export { nativeRows };
