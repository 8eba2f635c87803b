/** Region lookups: names for an area and the lists an area picker offers. */
import type { Sql } from '$lib/data/connector';
import { sql, table } from './sql';

/** A region's code, name and level. */
export interface RegionRow {
	code: string;
	name: string;
	level: string;
}

/** Every province, and the regencies of one province when given, in code order. */
export function areaChoices({ province }: { province: string | null }): Sql {
	return sql`
SELECT code, name, level FROM ${table('regions')}
WHERE level = 'province' OR (level = 'regency' AND parent_code = ${province})
ORDER BY code`;
}
