/**
 * `unknown_region` and `wrong_region_level`: every code in a `region` column exists in `regions`,
 * at a level the column takes. A code's level is read from its length (2, 4, 6, 10 digits), not
 * from `regions.level`, so a wrong `level` there is reported once, by `region_inconsistent`.
 * Columns with `alternatives` ("6201062008|6209032037") are split and each part checked.
 * Columns marked `national` also take NATIONAL_CODE (`ID`, Indonesia's own row, e.g. the national
 * UCJ target), which `regions` has no row for.
 */
import { NATIONAL_CODE, type RegionLevel } from '$lib/contract/domain';
import { TABLES, type ColumnDef, type TableDef, type TableName } from '$lib/contract/schema';
import { list, sql, type Fragment } from '$lib/queries/sql';
import { isUsable, relation, value, checkedTables, type Context } from './context';
import { valueExamples } from './examples';
import { alternatives, finding, keyText, message, rowCount, term, type Finding } from './finding';
import { UNKNOWN_REGION, WRONG_REGION_LEVEL } from './rules';

const LENGTH: Readonly<Record<RegionLevel, number>> = { province: 2, regency: 4, district: 6, village: 10 };
const LEVEL_BY_LENGTH = new Map(Object.entries(LENGTH).map(([level, n]) => [n, level as RegionLevel]));

/** The level term of a region code by its length, for messages. */
export function levelTerm(level: RegionLevel) {
	return term(`validate.level.${level}`);
}

/** Region codes that are not in `regions`, or not at a level their column allows. */
export async function checkRegionCodes(ctx: Context): Promise<Finding[]> {
	if (!isUsable(ctx, 'regions', 'code')) return [];
	const findings: Finding[] = [];
	for (const name of checkedTables(ctx)) {
		for (const def of (TABLES[name] as TableDef).columns) {
			if (!def.region || !isUsable(ctx, name, def.name)) continue;
			findings.push(...(await unknownCodes(ctx, name, def)), ...(await wrongLevels(ctx, name, def)));
		}
	}
	return findings;
}

function codes(ctx: Context, name: TableName, def: ColumnDef): { value: Fragment; filter: Fragment } {
	const raw = value(ctx, name, def.name);
	return {
		value: def.alternatives ? sql`unnest(string_split(${raw}, ${def.alternatives}))` : raw,
		filter: sql`${raw} IS NOT NULL`
	};
}

function known(ctx: Context): Fragment {
	return sql`EXISTS (SELECT 1 FROM ${relation(ctx, 'regions')} AS r WHERE ${value(ctx, 'regions', 'code', 'r')} = __value)`;
}

/** Codes a column takes without a `regions` row: Indonesia's, where the column allows it. */
function knownOrNational(ctx: Context, def: ColumnDef): Fragment {
	return def.national ? sql`(__value = ${NATIONAL_CODE} OR ${known(ctx)})` : known(ctx);
}

async function unknownCodes(ctx: Context, name: TableName, def: ColumnDef): Promise<Finding[]> {
	const { total, examples } = await valueExamples(ctx, name, { ...codes(ctx, name, def), where: sql`NOT ${knownOrNational(ctx, def)}` });
	return examples.map((e) =>
		finding(
			UNKNOWN_REGION,
			{ table: name, column: def.name, key: e.key, row: e.row, count: total },
			message('validate.unknownRegion', {
				table: name,
				column: def.name,
				value: String(e.data.__value),
				rows: rowCount(e.rows),
				key: keyText(e.key, e.row)
			})
		)
	);
}

async function wrongLevels(ctx: Context, name: TableName, def: ColumnDef): Promise<Finding[]> {
	const allowed = def.region!;
	const { total, examples } = await valueExamples(ctx, name, {
		...codes(ctx, name, def),
		where: sql`${known(ctx)} AND length(__value) NOT IN (${list(allowed.map((l) => LENGTH[l]))})`
	});
	return examples.map((e) => {
		const code = String(e.data.__value);
		const level = LEVEL_BY_LENGTH.get(code.length);
		return finding(
			WRONG_REGION_LEVEL,
			{ table: name, column: def.name, key: e.key, row: e.row, count: total },
			message('validate.wrongRegionLevel', {
				table: name,
				column: def.name,
				value: code,
				level: level ? levelTerm(level) : `${code.length}`,
				allowed: alternatives(allowed.map(levelTerm)),
				rows: rowCount(e.rows),
				key: keyText(e.key, e.row)
			})
		);
	});
}
