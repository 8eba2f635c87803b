/**
 * The decline finder's model: the scope's regencies that fell, decomposed exactly
 * (`$lib/metrics/decomposition`), the area's change by place, and what a selected decline is
 * read against: its programmes (overlapping, never added) and the policy evidence of both years.
 * Tables for the data tables and exports are here too.
 */
import type { Db, QueryOptions, Sql } from '$lib/data/connector';
import type { ColumnSpec, TableRow } from '$lib/export/columns';
import type { Translate } from '$lib/i18n';
import { declines, declineTotal, placeContributions, type Decomposition, type DeclineMode, type PlaceContribution } from '$lib/metrics/decomposition';
import { yearBefore, yearOf, type Month } from '$lib/period';
import { policyEvidence, type BudgetRow, type DatabaseTables, type RegulationRow } from '$lib/queries/policy';
import { programmeChange, type ProgrammeChangeRow } from '$lib/queries/programmes';
import type { MonthSums } from '$lib/views/common/months';
import type { DeclineMode as UrlMode } from './params';

/** The URL's word for a mode (`turun=peserta|poin`) as the decomposition's. */
export const MODE: Readonly<Record<UrlMode, DeclineMode>> = { peserta: 'participants', poin: 'points' };

/** One fallen regency. */
export interface DeclineItem {
	code: string;
	name: string;
	decomposition: Decomposition;
	/** The fall in the mode's unit (people or points), negative. */
	total: number;
}

/** The regencies of `rows` that fell in `mode`, largest fall first. */
export function findDeclines(rows: readonly (MonthSums & { name: string })[], mode: DeclineMode): DeclineItem[] {
	const names = new Map(rows.map((r) => [r.code, r.name]));
	return declines(rows, mode).map((d) => ({ code: d.code, name: names.get(d.code) ?? d.code, decomposition: d, total: declineTotal(d, mode)! }));
}

/** A place's contribution with its name. */
export interface PlaceRow extends PlaceContribution {
	name: string;
}

/**
 * Each regency's contribution to the area's change (the area's sums are the sum of `rows`, as
 * `sumRegencies` builds them), the most negative first; null when a figure is missing.
 */
export function placesOf(area: MonthSums, rows: readonly (MonthSums & { name: string })[]): PlaceRow[] | null {
	const parts = placeContributions(area, rows);
	if (!parts) return null;
	const names = new Map(rows.map((r) => [r.code, r.name]));
	return parts.map((p) => ({ ...p, name: names.get(p.code) ?? p.code })).sort((a, b) => a.points - b.points || (a.code < b.code ? -1 : 1));
}

/** What a selected regency's decline is read against. */
export interface SelectionEvidence {
	programmes: ProgrammeChangeRow[];
	/** Null when the dataset has no such table (the contract makes both optional). */
	regulations: RegulationRow[] | null;
	budget: BudgetRow[] | null;
}

/** The queries behind the evidence of `regency` in `month` (the year before and the month's year). */
export function evidenceQueries({ regency, month, tables }: { regency: string; month: Month; tables: DatabaseTables }): { programmes: Sql; regulations: Sql | null; budget: Sql | null } {
	const policy = policyEvidence({ regency, years: [yearOf(yearBefore(month)), yearOf(month)], tables });
	return { programmes: programmeChange({ codes: [regency], month }), ...policy };
}

/** Load the evidence of a selected regency (three small queries, in parallel). */
export async function loadEvidence(db: Db, input: { regency: string; month: Month; tables: DatabaseTables }, options: QueryOptions = {}): Promise<SelectionEvidence> {
	const q = evidenceQueries(input);
	const [programmes, regulations, budget] = await Promise.all([
		db.query<ProgrammeChangeRow & Record<string, unknown>>(q.programmes, options),
		q.regulations ? db.query<RegulationRow & Record<string, unknown>>(q.regulations, options) : null,
		q.budget ? db.query<BudgetRow & Record<string, unknown>>(q.budget, options) : null
	]);
	return { programmes, regulations, budget };
}

// ---------------------------------------------------------------------------------------------
// Tables

/** The finder's table: every fallen regency with both decompositions. */
export function declineColumns(t: Translate): ColumnSpec[] {
	return [
		{ key: 'code', label: t('kantor.col.code'), kind: 'code' },
		{ key: 'name', label: t('kantor.col.name'), kind: 'text' },
		{ key: 'participants', label: `${t('decline.total')} (${t('decline.mode.participants')})`, kind: 'count' },
		{ key: 'PU', label: 'PU', kind: 'count' },
		{ key: 'BPU', label: 'BPU', kind: 'count' },
		{ key: 'JAKON', label: 'JAKON', kind: 'count' },
		{ key: 'pmi', label: t('decline.pmi'), kind: 'count' },
		{ key: 'points', label: `${t('decline.total')} (${t('decline.mode.points')})`, kind: 'points' },
		{ key: 'PU_pts', label: 'PU (poin)', kind: 'points' },
		{ key: 'BPU_pts', label: 'BPU (poin)', kind: 'points' },
		{ key: 'JAKON_pts', label: 'JAKON (poin)', kind: 'points' },
		{ key: 'workforce_pts', label: t('decline.workforce'), kind: 'points' }
	];
}

/** The finder's rows. */
export function declineRows(items: readonly DeclineItem[]): TableRow[] {
	return items.map(({ code, name, decomposition: { participants: p, coverage: c } }) => ({
		code,
		name,
		participants: p?.total ?? null,
		PU: p?.segments.PU ?? null,
		BPU: p?.segments.BPU ?? null,
		JAKON: p?.segments.JAKON ?? null,
		pmi: p?.pmi ?? null,
		points: c?.total ?? null,
		PU_pts: c?.segments.PU ?? null,
		BPU_pts: c?.segments.BPU ?? null,
		JAKON_pts: c?.segments.JAKON ?? null,
		workforce_pts: c?.workforce ?? null
	}));
}

/** The by-place table. */
export function placeColumns(t: Translate): ColumnSpec[] {
	return [
		{ key: 'code', label: t('kantor.col.code'), kind: 'code' },
		{ key: 'name', label: t('kantor.col.name'), kind: 'text' },
		{ key: 'participants', label: t('decline.mode.participants'), kind: 'count' },
		{ key: 'activity', label: t('decline.places.activity'), kind: 'points' },
		{ key: 'workforce', label: t('decline.places.workforce'), kind: 'points' },
		{ key: 'points', label: t('decline.places.points'), kind: 'points' }
	];
}

/** The programme panel's table. */
export function programmeColumns(t: Translate, month: string, before: string): ColumnSpec[] {
	return [
		{ key: 'programme', label: t('decline.programmes.programme'), kind: 'text' },
		{ key: 'active_prev', label: t('decline.programmes.active', { month: before }), kind: 'count' },
		{ key: 'active', label: t('decline.programmes.active', { month }), kind: 'count' },
		{ key: 'change', label: t('decline.programmes.change'), kind: 'count' }
	];
}

/** The programme panel's rows (the change is null when either month has no data). */
export function programmeRows(rows: readonly ProgrammeChangeRow[]): TableRow[] {
	return rows.map((r) => ({ ...r, change: r.active !== null && r.active_prev !== null ? r.active - r.active_prev : null }));
}

/** The APBD table. */
export function budgetColumns(t: Translate): ColumnSpec[] {
	return [
		{ key: 'region', label: t('decline.policy.region'), kind: 'text' },
		{ key: 'year', label: t('decline.policy.year'), kind: 'text' },
		{ key: 'vulnerable_people', label: t('decline.policy.vulnerablePeople'), kind: 'count' },
		{ key: 'vulnerable_idr', label: t('decline.policy.vulnerableIdr'), kind: 'rupiah' },
		{ key: 'non_asn_people', label: t('decline.policy.nonAsnPeople'), kind: 'count' },
		{ key: 'non_asn_idr', label: t('decline.policy.nonAsnIdr'), kind: 'rupiah' }
	];
}

/** The APBD rows with region names. */
export function budgetRows(rows: readonly BudgetRow[], nameOf: (code: string) => string): TableRow[] {
	return rows.map((r) => ({ ...r, region: nameOf(r.region_code), year: String(r.year) }));
}
