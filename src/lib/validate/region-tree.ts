/**
 * `region_inconsistent`: `regions` agrees with its own codes. A code is 2, 4, 6 or 10 digits (a
 * village's 7th digit 1, 2 or 3); its level follows the length, its parent is its prefix (6
 * digits for a village, 2 fewer otherwise, none for a province), its province its first two
 * digits, its kind its digits (regency 71–99 kota; village 1 kelurahan, 2 desa, 3 desa adat),
 * as `contract/regions.ts` derives them. Values outside `allowed` are `not_allowed_value`'s.
 */
import { REGION_KINDS, REGION_LEVELS } from '$lib/contract/domain';
import { list, sql, type Fragment } from '$lib/queries/sql';
import { isUsable, value, type Context } from './context';
import { countWhere } from './counts';
import { rowExamples } from './examples';
import { finding, message, rowCount, term, type Finding, type MessageParam } from './finding';
import { REGION_INCONSISTENT } from './rules';

type Part = 'code' | 'level' | 'parent_code' | 'province_code' | 'kind';

const MESSAGE = {
	code: 'validate.regionInconsistent.code',
	level: 'validate.regionInconsistent.level',
	parent_code: 'validate.regionInconsistent.parent',
	province_code: 'validate.regionInconsistent.province',
	kind: 'validate.regionInconsistent.kind'
} as const;

/** Rows of `regions` whose level, parent, province or kind contradict their code. */
export async function checkRegionTree(ctx: Context): Promise<Finding[]> {
	if (!ctx.tables.has('regions') || ctx.reference.has('regions') || !isUsable(ctx, 'regions', 'code')) return [];
	const code = value(ctx, 'regions', 'code');
	const wellFormed = sql`regexp_full_match(${code}, '[0-9]{2}([0-9]{2}([0-9]{2}([123][0-9]{3})?)?)?')`;
	const expected: Record<Exclude<Part, 'code'>, Fragment> = {
		level: sql`CASE length(${code}) WHEN 2 THEN 'province' WHEN 4 THEN 'regency' WHEN 6 THEN 'district' ELSE 'village' END`,
		parent_code: sql`CASE length(${code}) WHEN 2 THEN NULL WHEN 10 THEN left(${code}, 6) ELSE left(${code}, length(${code}) - 2) END`,
		province_code: sql`left(${code}, 2)`,
		kind: sql`CASE length(${code})
			WHEN 2 THEN 'provinsi'
			WHEN 4 THEN CASE WHEN substr(${code}, 3, 2) >= '71' THEN 'kota' ELSE 'kabupaten' END
			WHEN 6 THEN 'kecamatan'
			ELSE CASE substr(${code}, 7, 1) WHEN '1' THEN 'kelurahan' WHEN '3' THEN 'desa_adat' ELSE 'desa' END END`
	};
	const actual = (part: Exclude<Part, 'code'>) => value(ctx, 'regions', part);
	const conditions = new Map<Part, Fragment>([['code', sql`${code} IS NOT NULL AND NOT ${wellFormed}`]]);
	const checks: [Exclude<Part, 'code'>, Fragment][] = [
		['level', sql`${actual('level')} IN (${list(REGION_LEVELS)}) AND ${actual('level')} <> ${expected.level}`],
		['parent_code', sql`${actual('parent_code')} IS DISTINCT FROM ${expected.parent_code}`],
		['province_code', sql`${actual('province_code')} <> ${expected.province_code}`],
		['kind', sql`${actual('kind')} IN (${list(REGION_KINDS)}) AND ${actual('kind')} <> ${expected.kind}`]
	];
	for (const [part, where] of checks) {
		if (isUsable(ctx, 'regions', part)) conditions.set(part, sql`${wellFormed} AND ${where}`);
	}
	const findings: Finding[] = [];
	for (const [part, n] of await countWhere(ctx, 'regions', conditions)) {
		if (n === 0) continue;
		const { total, examples } = await rowExamples(ctx, 'regions', conditions.get(part)!, {
			__code: code,
			__value: part === 'code' ? code : actual(part),
			__expected: part === 'code' ? sql`NULL` : expected[part]
		});
		for (const e of examples) {
			const shown = (v: unknown): MessageParam => (v == null ? term('validate.empty') : String(v));
			findings.push(
				finding(
					REGION_INCONSISTENT,
					{ table: 'regions', column: part, key: e.key, row: e.row, count: total },
					message(MESSAGE[part], {
						code: String(e.data.__code),
						value: shown(e.data.__value),
						expected: shown(e.data.__expected),
						digits: String(String(e.data.__code).length),
						total: rowCount(total)
					})
				)
			);
		}
	}
	return findings;
}
