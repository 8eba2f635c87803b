/**
 * Whose rows a figure is built from: the sample's, the user's, or both ("sebagian sintetis",
 * partly synthetic), decided from the tables the figure reads and the area it covers, by the
 * rule of issue 11: every figure built from any sample row is labelled. In only-my-data mode a
 * national figure also names the provinces it covers (the user's), since Indonesia is then only
 * what was loaded.
 *
 * @example
 * figureSource(active, { tables: ['participation', 'workforce'], area: '62' })
 * // { source: 'mixed' } — the user's participants over the sample's workforce
 */
import { NATIONAL_CODE } from '../../contract/domain';
import { MONTHLY_TABLES, isUserTable, type UserTable } from '../../contract/user-tables';
import type { TableName } from '../../contract/schema';
import type { ActiveData } from './types';

/** Where a figure's rows come from; `mixed` is shown as "sebagian sintetis" when the sample is synthetic. */
export type DataSource = 'sample' | 'user' | 'mixed';

/** A figure's origin. */
export interface FigureSource {
	readonly source: DataSource;
	/**
	 * For a national figure without any sample row: the provinces (two-digit codes, sorted) whose
	 * rows it adds up, so it can say it covers only those.
	 */
	readonly provinces?: readonly string[];
}

/** What a figure reads. */
export interface FigureScope {
	/** The contract tables its numbers come from (`regions`, reference data, is neither sample nor user). */
	readonly tables: readonly TableName[];
	/** `ID`, a province or a regency (or finer: its first two digits are its province). */
	readonly area: string;
	/** The month shown (`YYYY-MM`): outside the sample's period, the sample has no monthly rows to add. */
	readonly month?: string;
}

/** Whose rows `scope` reads in `active`. */
export function figureSource(active: ActiveData, { tables, area, month }: FigureScope): FigureSource {
	if (active.kind === 'sample') return { source: 'sample' };
	const national = area === NATIONAL_CODE;
	if (active.mode === 'only-mine') {
		// No sample row anywhere; Indonesia is the provinces the figure's tables were loaded for.
		if (!national) return { source: 'user' };
		const provinces = new Set(tables.filter(isUserTable).flatMap((t) => active.userProvinces[t] ?? []));
		provinces.delete(NATIONAL_CODE);
		return provinces.size ? { source: 'user', provinces: [...provinces].sort() } : { source: 'user' };
	}
	const province = national ? NATIONAL_CODE : area.slice(0, 2);
	const outsideSample = month !== undefined && (month < active.sample.period.from || month > active.sample.period.to);
	let sample = false;
	let user = false;
	const covered = new Set<string>();
	for (const table of tables.filter(isUserTable)) {
		const mine = active.userProvinces[table] ?? [];
		// A table no file touched is the sample's everywhere (null: every province).
		const theirs = active.sampleProvinces[table] ?? null;
		const sampleHasMonth = !(outsideSample && MONTHLY_TABLES.includes(table as UserTable));
		// The national target is the row `ID` of ucj_targets, not a sum of provinces.
		const own = table === 'ucj_targets' ? province : national ? null : province;
		if (own === null) {
			const rows = mine.filter((p) => p !== NATIONAL_CODE);
			if (rows.length) user = true;
			for (const p of rows) covered.add(p);
			if (sampleHasMonth && (theirs === null || theirs.some((p) => p !== NATIONAL_CODE))) sample = true;
		} else {
			if (mine.includes(own)) user = true;
			if (sampleHasMonth && (theirs === null || theirs.includes(own))) sample = true;
		}
	}
	if (user && sample) return { source: 'mixed' };
	if (!user) return { source: 'sample' };
	return national && covered.size ? { source: 'user', provinces: [...covered].sort() } : { source: 'user' };
}
