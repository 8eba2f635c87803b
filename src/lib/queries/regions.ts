/** Region lookups: the names an area picker offers, from the small `area_names` rollup. */
import type { Sql } from '$lib/data/connector';
import { rollup, sql } from './sql';

/** A province's or regency's code, name and level. */
export interface RegionRow {
	code: string;
	name: string;
	level: 'province' | 'regency';
}

/** Every province, and the regencies of one province when given, in code order. */
export function areaChoices({ province }: { province: string | null }): Sql {
	if (province !== null && !/^\d{2}$/.test(province)) throw new Error(`invalid province: ${JSON.stringify(province)}`);
	return sql`
SELECT code, name, level FROM ${rollup('area_names')}
WHERE level = 'province' OR (level = 'regency' AND parent_code = ${province})
ORDER BY code`;
}

/**
 * Every province and regency with its name, in code order: the data page shows provinces by name
 * and resolves regions a user's file writes by name (`lib/import`, `RegionRef`).
 */
export function regionNames(): Sql {
	return sql`
SELECT code, name, level FROM ${rollup('area_names')}
WHERE level IN ('province', 'regency')
ORDER BY code`;
}
