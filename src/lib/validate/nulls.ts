/** `null_value`: every column the contract does not mark nullable has a value in every row. */
import { TABLES, type TableDef } from '$lib/contract/schema';
import { col, sql, type Fragment } from '$lib/queries/sql';
import type { Context } from './context';
import { countWhere } from './counts';
import { rowExamples } from './examples';
import { finding, keyText, message, rowCount, type Finding } from './finding';
import { NULL_VALUE } from './rules';

/** NULLs in non-nullable columns, up to a few example rows per column. */
export async function checkNulls(ctx: Context): Promise<Finding[]> {
	const findings: Finding[] = [];
	for (const [name, found] of ctx.tables) {
		if (ctx.reference.has(name)) continue;
		// Any present column, whatever its type: NULL is NULL.
		const conditions = new Map<string, Fragment>(
			(TABLES[name] as TableDef).columns
				.filter((c) => !c.nullable && found.columns.has(c.name))
				.map((c) => [c.name, sql`${col(name, c.name)} IS NULL`])
		);
		for (const [column, n] of await countWhere(ctx, name, conditions)) {
			if (n === 0) continue;
			const { total, examples } = await rowExamples(ctx, name, conditions.get(column)!);
			for (const e of examples) {
				findings.push(
					finding(
						NULL_VALUE,
						{ table: name, column, key: e.key, row: e.row, count: total },
						message('validate.nullValue', { table: name, column, key: keyText(e.key, e.row), total: rowCount(total) })
					)
				);
			}
		}
	}
	return findings;
}
