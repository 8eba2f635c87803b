/** `negative_count`: no value below its column's `min` (counts and rupiah never negative; ranks from 1). */
import { TABLES, type TableDef } from '$lib/contract/schema';
import { sql, type Fragment } from '$lib/queries/sql';
import { isUsable, value, checkedTables, type Context } from './context';
import { countWhere } from './counts';
import { rowExamples } from './examples';
import { amount, finding, keyText, message, rowCount, type Finding } from './finding';
import { NEGATIVE_COUNT } from './rules';

/** Values below `min`, a few example rows per column. */
export async function checkBelowMin(ctx: Context): Promise<Finding[]> {
	const findings: Finding[] = [];
	for (const name of checkedTables(ctx)) {
		const columns = (TABLES[name] as TableDef).columns.filter((c) => c.min !== undefined && isUsable(ctx, name, c.name));
		const conditions = new Map<string, Fragment>(columns.map((c) => [c.name, sql`${value(ctx, name, c.name)} < ${c.min!}`]));
		for (const [column, n] of await countWhere(ctx, name, conditions)) {
			if (n === 0) continue;
			const min = columns.find((c) => c.name === column)!.min!;
			const { total, examples } = await rowExamples(ctx, name, conditions.get(column)!, {
				__value: sql`CAST(${value(ctx, name, column)} AS DOUBLE)`
			});
			for (const e of examples) {
				findings.push(
					finding(
						NEGATIVE_COUNT,
						{ table: name, column, key: e.key, row: e.row, count: total },
						message(min === 0 ? 'validate.negativeCount' : 'validate.belowMin', {
							table: name,
							column,
							value: amount(Number(e.data.__value)),
							min: amount(min),
							key: keyText(e.key, e.row),
							total: rowCount(total)
						})
					)
				);
			}
		}
	}
	return findings;
}
