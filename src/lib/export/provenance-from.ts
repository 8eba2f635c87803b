/** Builds a figure's provenance from the loaded dataset and the query behind the figure. */
import type { Sql } from '$lib/data/connector';
import type { Manifest } from '$lib/contract/manifest';
import type { Provenance } from './provenance';

/** What a view knows about a figure beyond the dataset. */
export interface FigureContext {
	filters: { label: string; value: string }[];
	denominator?: string;
	query: Sql;
	url: string;
}

/** Provenance of a figure computed from `manifest`'s data by `query`. */
export function provenanceOf(manifest: Pick<Manifest, 'name' | 'version' | 'checksum' | 'synthetic'>, figure: FigureContext): Provenance {
	return {
		datasetName: manifest.name,
		datasetVersion: manifest.version,
		checksum: manifest.checksum,
		synthetic: manifest.synthetic,
		filters: figure.filters,
		...(figure.denominator ? { denominator: figure.denominator } : {}),
		query: { sql: figure.query.text.trim(), params: [...figure.query.params] },
		url: figure.url
	};
}
