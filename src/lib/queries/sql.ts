/**
 * The `sql` tag: every `${value}` becomes a `?` and its value goes into `params`, so user text
 * never becomes SQL text. The only things spliced into the text are identifiers of the data
 * contract (`table()`, `col()`) and fragments built by this same tag. This is deliberately the
 * opposite of Mosaic's tag, which splices strings verbatim.
 */
import type { Param, Sql } from '$lib/data/connector';
import { columnDef, quoteIdentifier, tableDef, type TableName } from '$lib/contract/schema';
import { ROLLUP_TABLES, type RollupTable } from './rollups';
import { completeSum } from './complete-sum';

const RAW = Symbol('raw sql');

/** A piece of SQL text that is safe to splice: an identifier or a fragment from `sql`. */
export interface Fragment {
	readonly [RAW]: true;
	readonly text: string;
	readonly params: readonly Param[];
}

function fragment(text: string, params: readonly Param[] = []): Fragment {
	return { [RAW]: true, text, params };
}

function isFragment(value: unknown): value is Fragment {
	return typeof value === 'object' && value !== null && RAW in value;
}

function isParam(value: unknown): value is Param {
	return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

/**
 * Build a statement. Interpolated values are bound; fragments (identifiers, nested `sql`) are
 * spliced with their own params kept in order.
 * @example sql`SELECT name FROM ${table('regions')} WHERE code = ${code}`
 */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): Fragment & Sql {
	let text = strings[0] ?? '';
	const params: Param[] = [];
	values.forEach((value, i) => {
		if (isFragment(value)) {
			text += value.text;
			params.push(...value.params);
		} else if (isParam(value)) {
			if (typeof value === 'number' && !Number.isFinite(value)) {
				throw new Error(`cannot bind a non-finite number: ${value}`);
			}
			text += '?';
			params.push(value);
		} else {
			throw new Error(`cannot bind ${typeof value} (${String(value)}): pass strings, numbers, booleans or null`);
		}
		text += strings[i + 1] ?? '';
	});
	return { ...fragment(text, params), text, params };
}

/** A contract table's quoted name (throws for a name outside the contract). */
export function table(name: TableName, schema?: string): Fragment {
	tableDef(name);
	return fragment(schema ? `${quoteIdentifier(schema)}.${quoteIdentifier(name)}` : quoteIdentifier(name));
}

/** A contract column's quoted name, optionally qualified by a table alias. */
export function col(tableName: TableName, column: string, alias?: string): Fragment {
	columnDef(tableName, column);
	return fragment(alias ? `${alias}.${quoteIdentifier(column)}` : quoteIdentifier(column));
}

/** A build-time rollup table's quoted name (`rollups.ts`). */
export function rollup(name: RollupTable): Fragment {
	if (!(ROLLUP_TABLES as readonly string[]).includes(name)) throw new Error(`unknown rollup table: ${JSON.stringify(name)}`);
	return fragment(quoteIdentifier(name));
}

/** A name of the query's own making (a CTE, an alias, a build-time rollup): letters, digits, `_`. */
export function ident(name: string): Fragment {
	if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`invalid identifier: ${JSON.stringify(name)}`);
	return fragment(quoteIdentifier(name));
}

/** Join fragments with a separator (e.g. a list of conditions with ' AND '). */
export function join(parts: readonly Fragment[], separator: string): Fragment {
	return fragment(
		parts.map((p) => p.text).join(separator),
		parts.flatMap((p) => p.params)
	);
}

/** A bound list for `IN (...)`: `${list(codes)}` -> `?, ?, ?`. An empty list matches nothing. */
export function list(values: readonly Param[]): Fragment {
	if (values.length === 0) return fragment('NULL');
	return fragment(values.map(() => '?').join(', '), values);
}

/**
 * `sum(x)` that is NULL unless every row (of those `filter` keeps) has `x`: the rollups' rule
 * (`complete-sum.ts`, the same text) for builders whose filter binds values. `x` is a column
 * fragment (`sql\`x.active\``), `filter` the condition inside `FILTER (...)`.
 * @example completeSumOf(sql`x.active`, sql`x.month = ${'2024-12-01'}::DATE`)
 */
export function completeSumOf(x: Fragment, filter?: Fragment): Fragment {
	const text = completeSum(x.text, filter ? `FILTER (${filter.text})` : '');
	// The text reads filter, x, filter, x, filter (or x, x without a filter): bind in that order.
	const f = filter?.params ?? [];
	return fragment(text, [...f, ...x.params, ...f, ...x.params, ...f]);
}
