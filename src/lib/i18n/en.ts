import type { MessageKey } from './id';

// Typed by id.ts's keys: a missing or extra key here is a TypeScript error.

/** English UI strings by key, the same keys and {placeholders} as id.ts. */
export const en: Record<MessageKey, string> = {
	// app
	'app.name': 'Cakupan',
	'app.tagline': 'Employment social security coverage',
	'app.skipToContent': 'Skip to main content',

	// nav
	'nav.label': 'Main navigation',
	'nav.nasional': 'National overview',
	'nav.metodologi': 'Methodology',

	// locale
	'locale.label': 'Language',
	'locale.name.id': 'Bahasa Indonesia',
	'locale.name.en': 'English',

	// synthetic
	'synthetic.banner': 'SYNTHETIC DATA: sample figures, not official BPJS Ketenagakerjaan data',
	'synthetic.partly': 'partly synthetic',

	// load
	'load.downloading': 'Downloading data… {loaded} of {total}',
	'load.engine': 'Starting the query engine…',
	'load.ready': 'Data ready',
	'load.failed': 'The data could not be loaded.',
	'load.retry': 'Try again',
	'load.offline': 'No internet connection. Data already loaded can still be used.',

	// error
	'error.generic': 'Something went wrong.',
	'error.query': 'The data for this view could not be retrieved.',
	'error.details': 'Technical details',
	'error.notFound': 'Page not found.',

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

	// chart
	'chart.toolbar': 'Chart tools',
	'chart.table.empty': 'No data.',
	'chart.table.sortHint': 'Choose a column header to sort.',
	'chart.trend.yMillions': 'Active participants (million)',
	'chart.trend.yThousands': 'Active participants (thousand)',
	'chart.trend.label': 'Active participants by segment. Left and right arrows choose the month.',
	'chart.ranking.target': 'Target {value}',
	'chart.ranking.over100': 'above 100%',
	'chart.ranking.label': 'Regions ranked. Up and down arrows choose a region.',
	'chart.ranking.announce': '{rank}. {name}: {value}',

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

	// segment
	'segment.PU': 'Wage earners (PU)',
	'segment.BPU': 'Non-wage / informal (BPU)',
	'segment.JAKON': 'Construction (Jakon)',
	'segment.PMI': 'Migrant workers (PMI)',

	// programme
	'programme.JKK': 'Work accident benefit (JKK)',
	'programme.JKM': 'Death benefit (JKM)',
	'programme.JHT': 'Old-age savings (JHT)',
	'programme.JP': 'Pension (JP)',
	'programme.JKP': 'Job-loss benefit (JKP)',

	// denominator
	'denominator.eligible': 'Denominator: eligible workers',
	'denominator.working': 'Denominator: all working people',

	// region
	'region.national': 'Indonesia',
	'region.province': 'Province',
	'region.regency': 'Regency/city',
	'region.kabupaten': 'Regency',
	'region.kota': 'City'
};
