import type { messages as id } from '../id/export';
import type { Translation } from '../dictionaries';

// English for id/export.ts: exactly its keys (a missing or extra key is a type error) and the
// same {placeholders} (tests/unit/i18n).

/** English strings of exports and provenance. */
export const messages: Translation<typeof id> = {
	// export
	'export.csv': 'Download CSV',
	'export.xlsx': 'Download Excel',
	'export.png': 'Download PNG',
	'export.svg': 'Download SVG',
	'export.showTable': 'Show data table',
	'export.hideTable': 'Hide table',
	'export.showQuery': 'Show query',
	'export.hideQuery': 'Hide query',
	'export.copyLink': 'Copy link',
	'export.linkCopied': 'Link copied',
	'export.print': 'Print',
	'export.synthetic': 'SYNTHETIC DATA',
	'export.partlySynthetic': 'PARTLY SYNTHETIC',
	'export.dataStatus': 'Data status',
	'export.shortChecksum': 'Short checksum',
	'export.queryParams': 'Query parameters',
	'export.generatedAt': 'Generated at',
	'export.sheetData': 'Data',
	'export.sheetNotes': 'Notes',
	'export.imageFailed': 'The image could not be created.',

	// provenance
	'provenance.title': 'Data provenance',
	'provenance.dataset': 'Dataset',
	'provenance.version': 'Version',
	'provenance.checksum': 'Checksum',
	'provenance.filter': 'Filters',
	'provenance.denominator': 'Denominator',
	'provenance.query': 'Query',
	'provenance.link': 'Link',
	'provenance.source': 'Source',
	'provenance.origin': 'Figures from',
	'provenance.origin.sample': 'the sample data',
	'provenance.origin.user': 'your data',
	'provenance.origin.mixed': 'your data and the sample data',
	'provenance.coverage': 'Area covered',
	'provenance.coverageOnly': 'only the loaded provinces: {provinces}',
	'provenance.attribution': 'Region codes and names: Kepmendagri No. 300.2.2-2430 of 2025, via Cahya DSN, MIT License. Population: Dukcapil, Ministry of Home Affairs. Boundaries: Cahya DSN, MIT License.'
};
