/**
 * One validator for every dataset: the bundled sample at build time (native DuckDB) and the files
 * a user loads in the browser (DuckDB-WASM). Every check is SQL built with the `sql` tag and run
 * through the app's `Db`, counting in SQL and fetching only a few example rows, plus pure TS for
 * dataset.json. The rules and their severities are listed in `rules.ts`.
 *
 * @example
 * const findings = await validateDataset(db, { manifest, fileHashes, sha256Text });
 * const errors = findings.filter((f) => f.severity === 'error');
 */
import type { Db } from '$lib/data/connector';
import type { TableName } from '$lib/contract/schema';
import { ident } from '$lib/queries/sql';
import { checkAllowedValues, checkProgrammes } from './allowed-values';
import { checkBelowMin } from './below-min';
import { checkColumnTypes } from './column-types';
import { discoverTables, type Context, type Period } from './context';
import { checkCoverage } from './coverage';
import { checkDuplicateKeys } from './duplicate-keys';
import type { Finding } from './finding';
import { checkManifestContent, readManifest, type FileFacts } from './manifest';
import { checkMissingMonths, checkMonthRange } from './months';
import { checkNulls } from './nulls';
import { checkRegionCodes } from './region-codes';
import { checkRegionTree } from './region-tree';
import { checkStructure } from './structure';
import { checkVillageTotals } from './village-totals';

export type { Finding, LocalText } from './finding';
export * from './rules';
export { MAX_EXAMPLES } from './examples';

/** Options of {@link validateDataset}. */
export interface ValidateOptions extends FileFacts {
	/** The contract tables present (default: every contract table found in the schema). */
	readonly tables?: readonly (TableName | string)[];
	/**
	 * Tables among them present only as a reference to look codes up in, already checked where they
	 * come from (a user's file is checked against the sample's `regions`): their own rows are not
	 * checked again.
	 */
	readonly reference?: readonly TableName[];
	/** The DuckDB schema holding the tables (default `main`). */
	readonly schema?: string;
	/** The database (catalog) holding the schema, e.g. an ATTACHed file (default: the current one). */
	readonly database?: string;
	/** The parsed dataset.json, when there is one. */
	readonly manifest?: unknown;
	/** "Now", for the latest month a dataset without a manifest may hold (default: the clock). */
	readonly now?: Date;
}

/** The first month any dataset may hold when no manifest gives its period. */
export const EARLIEST_MONTH = '2000-01';

function defaultPeriod(now: Date): Period {
	const to = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
	return { from: EARLIEST_MONTH, to, source: 'default' };
}

/**
 * Check a dataset against the data contract (`lib/contract`); resolves to the findings, errors
 * and warnings, in `RULES` order (empty when the dataset is sound). Rejects only when the
 * database itself fails (a query error), never because of what the data holds.
 */
export async function validateDataset(db: Db, options: ValidateOptions = {}): Promise<Finding[]> {
	const schema = options.schema ?? 'main';
	const catalog = options.database;
	// Names become SQL identifiers: refuse anything but a plain one now, naming it.
	for (const name of catalog ? [schema, catalog] : [schema]) ident(name);
	const tables = await discoverTables(db, { catalog, schema, only: options.tables });
	const { manifest, findings: manifestFindings } = readManifest(options.manifest);
	const ctx: Context = {
		db,
		catalog,
		schema,
		tables,
		usable: new Map([...tables.keys()].map((name) => [name, new Set<string>()])),
		period: manifest ? { ...manifest.period, source: 'manifest' } : defaultPeriod(options.now ?? new Date()),
		manifest,
		reference: new Set(options.reference ?? [])
	};
	const findings: Finding[] = [...checkStructure(tables, manifest), ...manifestFindings];
	findings.push(...(await checkManifestContent(ctx, options)));
	// The type check decides which columns the rest may read: it runs first, and alone.
	findings.push(...(await checkColumnTypes(ctx)));
	for (const check of CHECKS) findings.push(...(await check(ctx)));
	return findings;
}

/** The value checks, in report order; each reads only columns the type check passed. */
const CHECKS: readonly ((ctx: Context) => Promise<Finding[]>)[] = [
	checkNulls,
	checkDuplicateKeys,
	checkRegionCodes,
	checkMonthRange,
	checkMissingMonths,
	checkBelowMin,
	checkAllowedValues,
	checkProgrammes,
	checkRegionTree,
	checkCoverage,
	checkVillageTotals
];
