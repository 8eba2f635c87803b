/**
 * `not_allowed_value`: category columns hold only their `allowed` values (case as written).
 * `programme_not_allowed`: `participation_programme` holds only the segment × programme pairs the
 * law allows (SEGMENT_PROGRAMMES: BPU never JP; JAKON only JKK and JKM; PMI JKK, JKM, JHT), one
 * finding per pair found.
 */
import { PROGRAMMES, SEGMENT_PROGRAMMES, SEGMENTS, type Segment } from '$lib/contract/domain';
import { TABLES, type TableDef, type TableName } from '$lib/contract/schema';
import { list, sql, type Fragment } from '$lib/queries/sql';
import { allUsable, isUsable, value, checkedTables, type Context } from './context';
import { countWhere } from './counts';
import { valueExamples } from './examples';
import { finding, keyText, message, rowCount, type Finding } from './finding';
import { NOT_ALLOWED_VALUE, PROGRAMME_NOT_ALLOWED } from './rules';

/** Values outside each `allowed` list, a few distinct values per column. */
export async function checkAllowedValues(ctx: Context): Promise<Finding[]> {
	const findings: Finding[] = [];
	for (const name of checkedTables(ctx)) {
		const columns = (TABLES[name] as TableDef).columns.filter((c) => c.allowed && isUsable(ctx, name, c.name));
		const conditions = new Map<string, Fragment>(
			columns.map((c) => [c.name, sql`${value(ctx, name, c.name)} NOT IN (${list(c.allowed!)})`])
		);
		for (const [column, n] of await countWhere(ctx, name, conditions)) {
			if (n === 0) continue;
			const allowed = columns.find((c) => c.name === column)!.allowed!;
			const { total, examples } = await valueExamples(ctx, name, {
				value: value(ctx, name, column),
				filter: sql`${value(ctx, name, column)} IS NOT NULL`,
				where: sql`__value NOT IN (${list(allowed)})`
			});
			for (const e of examples) {
				findings.push(
					finding(
						NOT_ALLOWED_VALUE,
						{ table: name, column, key: e.key, row: e.row, count: total },
						message('validate.notAllowedValue', {
							table: name,
							column,
							value: String(e.data.__value),
							allowed: allowed.join(', '),
							rows: rowCount(e.rows),
							key: keyText(e.key, e.row)
						})
					)
				);
			}
		}
	}
	return findings;
}

const PROGRAMME_TABLE: TableName = 'participation_programme';

/** Every allowed `segment/programme` pair, e.g. `BPU/JHT`. */
const ALLOWED_PAIRS = SEGMENTS.flatMap((s) => SEGMENT_PROGRAMMES[s].map((p) => `${s}/${p}`));

/** Segment × programme pairs the law does not allow, one finding per pair. */
export async function checkProgrammes(ctx: Context): Promise<Finding[]> {
	if (!ctx.tables.has(PROGRAMME_TABLE) || !allUsable(ctx, PROGRAMME_TABLE, ['segment', 'programme'])) return [];
	const segment = value(ctx, PROGRAMME_TABLE, 'segment');
	const programme = value(ctx, PROGRAMME_TABLE, 'programme');
	const { total, examples } = await valueExamples(ctx, PROGRAMME_TABLE, {
		value: sql`${segment} || '/' || ${programme}`,
		// Unknown segments or programmes are `not_allowed_value`'s.
		filter: sql`${segment} IN (${list(SEGMENTS)}) AND ${programme} IN (${list(PROGRAMMES)})`,
		where: sql`__value NOT IN (${list(ALLOWED_PAIRS)})`
	});
	return examples.map((e) => {
		const [s, p] = String(e.data.__value).split('/') as [Segment, string];
		return finding(
			PROGRAMME_NOT_ALLOWED,
			{ table: PROGRAMME_TABLE, column: 'programme', key: e.key, row: e.row, count: total },
			message('validate.programmeNotAllowed', {
				segment: s,
				programme: p,
				allowed: SEGMENT_PROGRAMMES[s].join(', '),
				rows: rowCount(e.rows),
				key: keyText(e.key, e.row)
			})
		);
	});
}
