import type { messages as id } from '../id/overview';
import type { Translation } from '../dictionaries';

// English for id/overview.ts: exactly its keys (a missing or extra key is a type error) and the
// same {placeholders} (tests/unit/i18n).

/** English strings of the overview view. */
export const messages: Translation<typeof id> = {
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
	'overview.pmiNote': 'PMI are not counted in coverage (UCJ) and are shown as their own series.'
};
