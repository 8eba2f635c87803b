/**
 * The assessment-panel view's first queries, pre-run at build time into its snapshot part: the
 * candidate list, the policy rows of every province and regency, and every regency's Decembers
 * (shared with /kantor/'s builder, so the live engine's cache serves both). With them the list
 * and a government candidate's scorecard draw before the engine is ready; villages and
 * businesses read the live engine.
 */
import type { Sql } from '$lib/data/connector';
import { candidateList, policyByYear } from '$lib/queries/candidates';
import { regencyDecembers } from '$lib/queries/offices';
import type { DatabaseTables } from '$lib/queries/policy';

export function firstQueries(tables: DatabaseTables): Sql[] {
	return [candidateList({ tables }), policyByYear({ tables }), regencyDecembers()].filter((q): q is Sql => q !== null);
}
