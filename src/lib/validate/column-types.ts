/**
 * `wrong_type`: each present column can be read as its contract type. Decides which columns the
 * other checks may read (`Context.usable`): a column of the wrong type is reported once here and
 * skipped everywhere else, so one mistake gives one finding.
 */
import { TABLES, type TableDef, type TableName } from '$lib/contract/schema';
import { col, sql } from '$lib/queries/sql';
import { isNumericType, readability, type Context } from './context';
import { valueExamples } from './examples';
import { finding, keyText, message, rowCount, type Finding } from './finding';
import { WRONG_TYPE } from './rules';

/** Check every present column's type; fills `ctx.usable` with the readable ones. */
export async function checkColumnTypes(ctx: Context): Promise<Finding[]> {
	const findings: Finding[] = [];
	for (const [name, found] of ctx.tables) {
		const usable = ctx.usable.get(name)!;
		const pending: (() => Promise<void>)[] = [];
		for (const def of (TABLES[name] as TableDef).columns) {
			const physical = found.columns.get(def.name);
			if (physical === undefined) continue;
			const where = { table: name, column: def.name };
			const params = { table: name, column: def.name, actual: physical, expected: def.type };
			switch (readability(physical, def.type)) {
				case 'same':
				case 'cast':
					usable.add(def.name);
					break;
				case 'no': {
					const key = def.unit === 'code' && isNumericType(physical) ? 'validate.wrongType.code' : 'validate.wrongType';
					findings.push(finding(WRONG_TYPE, where, message(key, params)));
					break;
				}
				case 'date-text':
				case 'whole':
					// Read value by value once the plain columns are known (they form the examples' keys).
					pending.push(async () => {
						const bad = await unreadableValues(ctx, name, def.name, def.type === 'DATE' ? 'date' : 'whole');
						if (bad.length === 0) usable.add(def.name);
						findings.push(...bad);
					});
					break;
			}
		}
		for (const run of pending) await run();
	}
	return findings;
}

async function unreadableValues(ctx: Context, name: TableName, column: string, kind: 'date' | 'whole'): Promise<Finding[]> {
	const raw = col(name, column);
	const physical = ctx.tables.get(name)!.columns.get(column)!;
	const expected = (TABLES[name] as TableDef).columns.find((c) => c.name === column)!.type;
	const { total, examples } = await valueExamples(ctx, name, {
		value: raw,
		filter: sql`${raw} IS NOT NULL`,
		where: kind === 'date' ? sql`TRY_CAST(__value AS DATE) IS NULL` : sql`__value <> round(__value)`
	});
	return examples.map((e) =>
		finding(
			WRONG_TYPE,
			{ table: name, column, key: e.key, row: e.row, count: total },
			message(kind === 'date' ? 'validate.wrongType.date' : 'validate.wrongType.whole', {
				table: name,
				column,
				actual: physical,
				expected,
				value: String(e.data.__value),
				rows: rowCount(e.rows),
				key: keyText(e.key, e.row)
			})
		)
	);
}
