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

	// data
	'data.engine': 'The query engine cannot run in this browser. Try a recent browser version.',
	'data.network': 'The data file could not be downloaded. Check the connection and try again.',
	'data.file': 'The data file is damaged or does not match its manifest. Reload the page.',
	'data.version': 'The data file was built for another version of the query engine. Reload the page.',

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
	'region.kota': 'City',

	// overview: the national overview (routes/+page.svelte)
	'overview.title': 'National overview',
	'overview.titleArea': '{area} overview',
	'overview.area': 'Area',
	'overview.period': 'Period',
	'overview.segments': 'Segments',
	'overview.denominator': 'Denominator',
	'overview.denominator.layak': 'Eligible workers',
	'overview.denominator.bekerja': 'All working people',
	'overview.tile.active': 'Active participants',
	'overview.tile.activeNote': '{segments}, {month}',
	'overview.tile.vsYearBefore': 'vs {month}',
	'overview.tile.of': 'of {value}',
	'overview.tile.target': 'target {value}',
	'overview.tile.noTarget': 'No national target in the data',
	'overview.tile.over100': 'Above 100%: participants are counted where the employer is',
	'overview.trend.title': 'Active participants by month and segment, {from}–{to}',
	'overview.trend.desc': 'Active participants in {area} each month for the PU, BPU, Jakon and PMI segments. Selected month: {month}, {total} active participants.',
	'overview.ranking.title': '{children} by coverage, {month}',
	'overview.ranking.desc': '{count} regions ranked by {metric}. Highest: {top} ({topValue}); lowest: {bottom} ({bottomValue}).',
	'overview.children.provinces': 'Provinces',
	'overview.children.regencies': 'Regencies and cities',
	'overview.decline.title': 'Largest falls since {month}',
	'overview.decline.desc': 'Regions whose active participants (PU + BPU + Jakon) fell most against the same month a year earlier, and the segment that accounts for most of the fall.',
	'overview.decline.none': 'No region fell since {month}.',
	'overview.decline.driver': 'Main driver',
	'overview.col.code': 'Code',
	'overview.col.name': 'Region',
	'overview.col.month': 'Month',
	'overview.col.segment': 'Segment',
	'overview.col.active': 'Active participants',
	'overview.col.activePrev': 'Active a year earlier',
	'overview.col.change': 'Change in participants',
	'overview.col.eligible': 'Eligible workers',
	'overview.col.target': 'UCJ target',
	'overview.col.driverShare': 'Share of the fall',
	'overview.problem.param': 'Link parameter “{param}” is invalid ({value}) and was ignored.',
	'overview.problem.area': 'Area {code} is not in the data; showing Indonesia.',
	'overview.problem.period': 'Period {period} is not in the data; showing {fallback}.',
	'overview.source.snapshot': 'Initial figures computed at build time; the query engine is loading.',
	'overview.allRegions': 'Indonesia (all provinces)',
	'overview.pmiNote': 'PMI are not counted in coverage (UCJ) and are shown as their own series.',
	'overview.loading': 'Loading…',

	// methods: the methods page, built from the metric registry
	'methods.title': 'Methodology',
	'methods.intro': 'Every figure in Cakupan is computed with one definition, the same in every view, export and printout. The definitions below are read from the code that computes them.',
	'methods.metrics': 'Metric definitions',
	'methods.unit': 'Unit',
	'methods.unit.percent': 'percent',
	'methods.unit.points': 'percentage points',
	'methods.rules': 'Rules that keep figures comparable',
	'methods.rule.december': 'A year’s value is its December snapshot, everywhere (no annual averages).',
	'methods.rule.august': 'A monthly coverage figure divides by the BPS August workforce of the same calendar year.',
	'methods.rule.pmi': 'PMI are excluded from UCJ at every level, national included, so the national figure equals the sum of its regencies.',
	'methods.rule.sums': 'Ratios are ratios of sums (sum of participants ÷ sum of workers over the area), never means of regional ratios.',
	'methods.rule.over100': 'Coverage above 100% can occur in a regency (participants are counted where the employer is): it is shown and flagged, never clipped.',
	'methods.rule.papua': 'Every table uses the codes of {edition} for every year; a region’s province is the first two digits of its code. The 2019–2022 figures of regencies now in Papua Selatan, Papua Tengah, Papua Pegunungan and Papua Barat Daya are shown under their new provinces.',
	'methods.segments': 'Segments and the programmes allowed',
	'methods.segment': 'Segment',
	'methods.programmes': 'Programmes',
	'methods.provenance': 'Data provenance',
	'methods.official': 'Official data',
	'methods.attribution': 'Region codes and names: Kepmendagri No. 300.2.2-2430 of 2025, via Cahya DSN, MIT License. Population: Dukcapil, Ministry of Home Affairs. Boundaries: Cahya DSN, MIT License.'
};
