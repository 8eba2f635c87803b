/**
 * Every view, once: its id (one name in code, tests, nav and i18n), path, navigation label,
 * URL parameters, and the first-view queries the build pre-runs into the snapshot. The
 * navigation, the snapshot build step, the bench, the README parameter tables and the per-view
 * e2e smoke test all read this list. A new view is a folder in `lib/views/<id>/`, a route, an
 * i18n file per language, one entry here, and its tests.
 */
import type { Sql } from '$lib/data/connector';
import { NATIONAL_PART } from '$lib/data/snapshot-files';
import { NATIONAL_CODE } from '$lib/contract/domain';
import { areaProvince } from '$lib/contract/areas';
import type { MessageKey } from '$lib/i18n';
import type { ParamSet, ParamSpecs } from '$lib/state/spec';
import { dataParams } from './data/params';
import { methodsParams } from './methods/params';
import { overviewParams } from './overview/params';
import { allQueries } from './overview/queries';
import { kantorParams } from './kantor/params';
import { firstQueries as kantorFirstQueries } from './kantor/queries';
import { childMonthly } from '$lib/queries/monthly';
import type { DatabaseTables } from '$lib/queries/policy';
import { penilaianParams } from './penilaian/params';
import { firstQueries as penilaianFirstQueries } from './penilaian/queries';

/** A snapshot part's queries: the national part (`ID`) or a province's (`62`). */
export interface SnapshotPlan {
	readonly part: string;
	readonly queries: readonly Sql[];
}

/** One view. */
export interface ViewDef {
	readonly id: string;
	/** The prerendered path, with its trailing slash. */
	readonly path: string;
	readonly navKey: MessageKey;
	readonly params: ParamSet<ParamSpecs>;
	/** The queries to pre-run at build time, by part, for a dataset with these provinces and tables. */
	snapshot?(provinces: readonly string[], tables: DatabaseTables): SnapshotPlan[];
	/** The snapshot part whose rows the first figures of a state need. */
	snapshotPart?(search: string): string;
}

/** The overview's snapshot: Indonesia, and each province with its regencies. */
function overviewSnapshot(provinces: readonly string[]): SnapshotPlan[] {
	return [NATIONAL_CODE, ...provinces].map((area) => ({ part: area === NATIONAL_CODE ? NATIONAL_PART : area, queries: allQueries({ area }) }));
}

/** The name of the regional-office view's own snapshot part (every regency's Decembers). */
export const KANTOR_PART = 'kantor';

/**
 * The regional-office view's snapshot: the office directory with the national part, every
 * regency's December rows in its own part (an office's default state, whatever its area), and
 * each province's regency months in the province's part (shared with the overview: same queries).
 */
function kantorSnapshot(provinces: readonly string[]): SnapshotPlan[] {
	const first = kantorFirstQueries();
	return [
		{ part: NATIONAL_PART, queries: first.national },
		{ part: KANTOR_PART, queries: first.kantor },
		...provinces.map((p) => ({ part: p, queries: [childMonthly({ area: p })] }))
	];
}

/** A province deep link reads its province's part; any other scope the Decembers. */
function kantorPart(search: string): string {
	const { state } = kantorParams.read(search);
	if (state.kanwil || state.branch) return KANTOR_PART;
	return areaProvince(state.area) ?? KANTOR_PART;
}

/** The name of the assessment-panel view's snapshot part (candidates, policy rows, every regency's Decembers; the directory comes with the national part). */
export const PENILAIAN_PART = 'penilaian';

/** The assessment-panel view's snapshot: everything its list and a government's scorecard need, in one part. */
function penilaianSnapshot(_provinces: readonly string[], tables: DatabaseTables): SnapshotPlan[] {
	return [{ part: PENILAIAN_PART, queries: penilaianFirstQueries(tables) }];
}

/** Every view, in navigation order. */
export const VIEWS = [
	{
		id: 'overview',
		path: '/',
		navKey: 'nav.overview',
		params: overviewParams,
		snapshot: overviewSnapshot,
		snapshotPart: (search) => areaProvince(overviewParams.read(search).state.area) ?? NATIONAL_PART
	},
	{ id: 'kantor', path: '/kantor/', navKey: 'nav.kantor', params: kantorParams, snapshot: kantorSnapshot, snapshotPart: kantorPart },
	{ id: 'penilaian', path: '/penilaian/', navKey: 'nav.penilaian', params: penilaianParams, snapshot: penilaianSnapshot, snapshotPart: () => PENILAIAN_PART },
	{ id: 'data', path: '/data/', navKey: 'nav.data', params: dataParams },
	{ id: 'methods', path: '/metodologi/', navKey: 'nav.methods', params: methodsParams }
] as const satisfies readonly ViewDef[];

/** The view served at `pathname` (with or without its trailing slash), or null. */
export function viewAt(pathname: string): ViewDef | null {
	const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
	return VIEWS.find((v) => v.path === path) ?? null;
}
