/**
 * Whose rows a figure of a view is built from, once a user's data is active (issue 11): the one
 * place every view turns what a figure reads (its {@link ViewScope}) into the origin its frame
 * shows ("sebagian sintetis", or "only the loaded provinces: …") and its exports carry
 * (`provenanceOf`). Views declare scopes in their model (`figureScopes`), never decide origins.
 *
 * A view's figure may cover several provinces (an office area, a Kanwil) and compare two months
 * (a month against the same month a year earlier): `figureSource` answers for one area and one
 * month, so the answers are merged here, with the rule of issue 11 that any sample row anywhere
 * makes the figure mixed.
 */
import { NATIONAL_CODE } from '$lib/contract/domain';
import type { TableName } from '$lib/contract/schema';
import { USER_TABLES } from '$lib/contract/user-tables';
import { figureSource, type FigureSource } from '$lib/data/overlay/source';
import type { ActiveData } from '$lib/data/overlay/types';
import type { FigureOrigin } from '$lib/export/provenance-from';

/**
 * The tables behind the figures views share, named once: the headline figures (participants,
 * coverage over a workforce, the target), participants over a workforce (coverage, penetration,
 * a decline's parts) and participants alone (the trend by segment, growth).
 */
export const READS = {
	coverage: ['participation', 'workforce', 'ucj_targets'],
	perWorkforce: ['participation', 'workforce'],
	participants: ['participation']
} as const satisfies Record<string, readonly TableName[]>;

/** What one figure reads. */
export interface ViewScope {
	/** The contract tables its numbers come from (`regions` counts as neither sample nor user). */
	readonly tables: readonly TableName[];
	/** The areas it adds up: `ID`, provinces or regencies (an office area lists its provinces). */
	readonly areas: readonly string[];
	/**
	 * The months shown (`YYYY-MM`; a comparison names both); absent for a figure over the whole
	 * period (a trend), which then counts every month the sample has.
	 */
	readonly months?: readonly string[];
}

/**
 * Whose rows `scope` reads; null when there is nothing to say: no data active yet, or the sample
 * alone (its synthetic mark is the dataset's, shown once by the layout). A figure that declares no
 * scope counts as reading every table everywhere, so it is never under-labelled.
 */
export function scopeSource(active: ActiveData | null, scope: ViewScope | undefined): FigureSource | null {
	if (!active || active.kind === 'sample') return null;
	const { tables, areas, months } = scope ?? { tables: USER_TABLES, areas: [NATIONAL_CODE] };
	const parts: FigureSource[] = [];
	for (const area of areas.length ? areas : [NATIONAL_CODE]) {
		for (const month of months?.length ? months : [undefined]) {
			parts.push(figureSource(active, { tables, area, ...(month ? { month } : {}) }));
		}
	}
	return merge(parts);
}

/** One answer for several: mixed when any part is, or when sample and user parts meet. */
function merge(parts: readonly FigureSource[]): FigureSource {
	const kinds = new Set(parts.map((p) => p.source));
	if (kinds.has('mixed') || (kinds.has('sample') && kinds.has('user'))) return { source: 'mixed' };
	if (kinds.has('sample')) return { source: 'sample' };
	// All the user's: a national part naming its provinces says the figure covers only those.
	const named = parts.filter((p) => p.provinces);
	if (!named.length) return { source: 'user' };
	return { source: 'user', provinces: [...new Set(named.flatMap((p) => p.provinces ?? []))].sort() };
}

/**
 * The origin a figure's provenance carries (`provenanceOf`'s third argument), with covered
 * provinces by name (`provinceName`, e.g. the view's directory; the code when unknown); undefined
 * for the sample alone.
 * @example figureOrigin(active, { tables: ['participation'], areas: ['ID'] }, nameOf)
 * // only-mine with Kalimantan Tengah loaded: { source: 'user', provinces: ['Kalimantan Tengah'] }
 */
export function figureOrigin(
	active: ActiveData | null,
	scope: ViewScope | undefined,
	provinceName: (code: string) => string = (code) => code
): FigureOrigin | undefined {
	const found = scopeSource(active, scope);
	if (!found) return undefined;
	return found.provinces ? { source: found.source, provinces: found.provinces.map(provinceName) } : { source: found.source };
}

/** What the whole screen (banner, printout) says of the active data. */
export type DataMark = 'synthetic' | 'partly' | null;

/**
 * The layout's mark: `synthetic` for the synthetic sample alone, `partly` while any table still
 * holds sample rows beside the user's (a table no file touched is the sample's everywhere), null
 * when every row is the user's (only-my-data, or files replacing every province of every table)
 * or the sample is not synthetic. Before the active data is known, the manifest's flag decides.
 */
export function dataMark(active: ActiveData | null, manifest: { synthetic: boolean } | null): DataMark {
	if (!active) return manifest?.synthetic ? 'synthetic' : null;
	if (!active.sample.synthetic) return null;
	if (active.kind === 'sample') return 'synthetic';
	if (active.mode === 'only-mine') return null;
	const sampleLeft = USER_TABLES.some((table) => {
		const theirs = active.sampleProvinces[table];
		return theirs === undefined || theirs.length > 0;
	});
	return sampleLeft ? 'partly' : null;
}
