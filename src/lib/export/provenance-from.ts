/** Builds a figure's provenance from the loaded dataset and the query behind the figure. */
import type { Sql } from '$lib/data/connector';
import type { Manifest } from '$lib/contract/manifest';
import type { DataSource } from '$lib/data/overlay/source';
import type { Provenance } from './provenance';

/** What a view knows about a figure beyond the dataset. */
export interface FigureContext {
	filters: { label: string; value: string }[];
	denominator?: string;
	query: Sql;
	url: string;
}

/**
 * Whose rows a figure adds up, once a user's data is active: `figureSource` (`lib/data/overlay`)
 * with the covered provinces as the view names them.
 */
export interface FigureOrigin {
	readonly source: DataSource;
	readonly provinces?: readonly string[];
}

/**
 * Provenance of a figure computed from `manifest`'s data by `query`. Without `origin` (the sample
 * alone) the manifest's synthetic flag marks the figure; with it, a figure of the user's rows alone
 * carries no synthetic mark, one mixing in the sample's (synthetic) rows is "sebagian sintetis",
 * and one of the sample's rows alone keeps "DATA SINTETIS".
 */
export function provenanceOf(
	manifest: Pick<Manifest, 'name' | 'version' | 'checksum' | 'synthetic'>,
	figure: FigureContext,
	origin?: FigureOrigin
): Provenance {
	const source = origin?.source ?? 'sample';
	return {
		datasetName: manifest.name,
		datasetVersion: manifest.version,
		checksum: manifest.checksum,
		synthetic: manifest.synthetic && source === 'sample',
		...(manifest.synthetic && source === 'mixed' ? { partlySynthetic: true } : {}),
		...(origin ? { source: origin.source } : {}),
		...(origin?.provinces ? { coveredProvinces: [...origin.provinces] } : {}),
		filters: figure.filters,
		...(figure.denominator ? { denominator: figure.denominator } : {}),
		query: { sql: figure.query.text.trim(), params: [...figure.query.params] },
		url: figure.url
	};
}
