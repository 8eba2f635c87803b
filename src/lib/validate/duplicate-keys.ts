/** `duplicate_key`: no two rows share the table key (rows with a NULL key part are `null_value`'s). */
import { TABLES, type TableDef } from '$lib/contract/schema';
import { ident, join, sql } from '$lib/queries/sql';
import { allUsable, keyOf, keyOutput, keySelect, relation, rowNumber, value, checkedTables, type Context } from './context';
import { MAX_EXAMPLES } from './examples';
import { finding, keyText, message, rowCount, type Finding } from './finding';
import { DUPLICATE_KEY } from './rules';

/** Keys held by more than one row: a few examples, each with its row count. */
export async function checkDuplicateKeys(ctx: Context): Promise<Finding[]> {
	const findings: Finding[] = [];
	for (const name of checkedTables(ctx)) {
		const key = (TABLES[name] as TableDef).key;
		if (!allUsable(ctx, name, key)) continue;
		const names = join(key.map((k) => ident(k)), ', ');
		// Grouped on the typed values; only the few duplicates are turned into JS values.
		const rows = await ctx.db.query(sql`
			WITH dup AS (
				SELECT ${keySelect(ctx, name)!}, min(${rowNumber(ctx, name)}) AS __row, count(*) AS __n
				FROM ${relation(ctx, name)}
				WHERE ${join(key.map((k) => sql`${value(ctx, name, k)} IS NOT NULL`), ' AND ')}
				GROUP BY ALL HAVING count(*) > 1)
			SELECT ${keyOutput(ctx, name)!}, __row, CAST(__n AS DOUBLE) AS __rows, CAST(sum(__n) OVER () AS DOUBLE) AS __total
			FROM dup
			ORDER BY __row, ${names}
			LIMIT ${MAX_EXAMPLES}`);
		for (const r of rows) {
			const k = keyOf(ctx, name, r);
			const row = r.__row == null ? undefined : Number(r.__row);
			findings.push(
				finding(
					DUPLICATE_KEY,
					{ table: name, key: k, row, count: Number(r.__total) },
					message('validate.duplicateKey', {
						table: name,
						rows: rowCount(Number(r.__rows)),
						key: keyText(k),
						keyColumns: key.join(', ')
					})
				)
			);
		}
	}
	return findings;
}
