/**
 * The two query shapes most checks share: "rows that break a condition" and "values that break a
 * condition", each counted in SQL and returned as at most {@link MAX_EXAMPLES} examples with the
 * total, so a table of millions of rows never travels to JS.
 */
import type { Row } from '$lib/data/connector';
import type { TableName } from '$lib/contract/schema';
import { ident, join, sql, type Fragment } from '$lib/queries/sql';
import { keyColumns, keyOf, keyOutput, keySelect, relation, rowNumber, type Context } from './context';

/** Findings reported per rule, table and column; the rest are counted, not listed. */
export const MAX_EXAMPLES = 5;

/** One example of a problem. */
export interface Example {
	/** The example row's key. */
	readonly key: Record<string, unknown>;
	/** Its 1-based row number (base tables only). */
	readonly row: number | undefined;
	/** Rows that share this example's value (value examples) or 1 (row examples). */
	readonly rows: number;
	/** The whole result row: `__value` and the extra columns asked for, by alias. */
	readonly data: Row;
}

/** Examples of a problem and the number of rows that have it. */
export interface Examples {
	readonly total: number;
	readonly examples: Example[];
}

const NONE: Examples = { total: 0, examples: [] };

function toExamples(ctx: Context, name: TableName, rows: Row[]): Examples {
	if (rows.length === 0) return NONE;
	return {
		total: Number(rows[0]!.__total),
		examples: rows.map((r) => ({
			key: keyOf(ctx, name, r),
			row: r.__row == null ? undefined : Number(r.__row),
			rows: r.__rows == null ? 1 : Number(r.__rows),
			data: r
		}))
	};
}

function keyOrder(ctx: Context, name: TableName): Fragment {
	return join([ident('__row'), ...keyColumns(ctx, name).map((k) => ident(k.name))], ', ');
}

/**
 * Rows of `name` where `where` holds: the first few in table order, with `extra` expressions
 * (alias -> SQL) computed for each.
 */
export async function rowExamples(
	ctx: Context,
	name: TableName,
	where: Fragment,
	extra: Readonly<Record<string, Fragment>> = {}
): Promise<Examples> {
	const columns = [
		keySelect(ctx, name),
		...Object.entries(extra).map(([alias, expr]) => sql`${expr} AS ${ident(alias)}`),
		sql`${rowNumber(ctx, name)} AS __row`,
		sql`CAST(count(*) OVER () AS DOUBLE) AS __total`
	].filter((f): f is Fragment => f !== null);
	const keys = keyOutput(ctx, name);
	const rows = await ctx.db.query(sql`
		WITH bad AS (
			SELECT ${join(columns, ', ')}
			FROM ${relation(ctx, name)}
			WHERE ${where}
			ORDER BY ${keyOrder(ctx, name)}
			LIMIT ${MAX_EXAMPLES})
		SELECT ${keys ? sql`* REPLACE (${keys})` : sql`*`} FROM bad ORDER BY ${keyOrder(ctx, name)}`);
	return toExamples(ctx, name, rows);
}

/**
 * Distinct values of `value` (one per row, or several when it unnests) among the rows `filter`
 * keeps, for which `where` holds; `where` reads the value as `__value`. The most frequent first, each with its row count
 * and its first row's key; `__value` comes back as text.
 */
export async function valueExamples(
	ctx: Context,
	name: TableName,
	{ value, where, filter = sql`TRUE` }: { value: Fragment; where: Fragment; filter?: Fragment }
): Promise<Examples> {
	const columns = [keySelect(ctx, name), sql`${value} AS __value`, sql`${rowNumber(ctx, name)} AS __row`].filter(
		(f): f is Fragment => f !== null
	);
	const keys = keyOutput(ctx, name);
	const rows = await ctx.db.query(sql`
		WITH src AS (SELECT ${join(columns, ', ')} FROM ${relation(ctx, name)} WHERE ${filter}),
		bad AS (SELECT * FROM src WHERE ${where}),
		ranked AS (
			SELECT *,
				CAST(count(*) OVER (PARTITION BY __value) AS DOUBLE) AS __rows,
				CAST(count(*) OVER () AS DOUBLE) AS __total,
				row_number() OVER (PARTITION BY __value ORDER BY ${keyOrder(ctx, name)}) AS __i
			FROM bad)
		SELECT * EXCLUDE (__i, __value) ${keys ? sql`REPLACE (${keys})` : sql``},
			CAST(__value AS VARCHAR) AS __value
		FROM ranked WHERE __i = 1
		ORDER BY __rows DESC, __value
		LIMIT ${MAX_EXAMPLES}`);
	return toExamples(ctx, name, rows);
}
