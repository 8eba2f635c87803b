/**
 * One scan per table for several conditions at once: `count(*) FILTER (WHERE …)` per condition,
 * so checks that look at many columns (nulls, bounds, allowed values) read a table once and ask
 * for examples only where something is wrong.
 */
import type { TableName } from '$lib/contract/schema';
import { ident, join, sql, type Fragment } from '$lib/queries/sql';
import { relation, type Context } from './context';

/** How many rows of `name` meet each condition, by the condition's name. */
export async function countWhere<K extends string>(
	ctx: Context,
	name: TableName,
	conditions: ReadonlyMap<K, Fragment>
): Promise<Map<K, number>> {
	const entries = [...conditions];
	if (entries.length === 0) return new Map();
	const columns = entries.map(([, where], i) => sql`CAST(count(*) FILTER (WHERE ${where}) AS DOUBLE) AS ${ident(`c${i}`)}`);
	const [row] = await ctx.db.query(sql`SELECT ${join(columns, ', ')} FROM ${relation(ctx, name)}`);
	return new Map(entries.map(([key], i) => [key, Number(row?.[`c${i}`] ?? 0)]));
}
