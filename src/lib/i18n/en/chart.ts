import type { messages as id } from '../id/chart';
import type { Translation } from '../dictionaries';

// English for id/chart.ts: exactly its keys (a missing or extra key is a type error) and the
// same {placeholders} (tests/unit/i18n).

/** English strings of charts. */
export const messages: Translation<typeof id> = {
	// chart
	'chart.toolbar': 'Chart tools',
	'chart.table.empty': 'No data.',
	'chart.noData': 'no data',
	'chart.loading': 'Loading…',
	'chart.table.sortHint': 'Choose a column header to sort.',
	'chart.table.selectHint': 'The button in the first column selects that row in every chart.',
	'chart.table.matches': '{shown} of {total} rows',
	'chart.table.rowCount': '{total} rows',
	'chart.table.paging': 'Table pages',
	'chart.table.pageSize': 'Rows per page',
	'chart.table.pageAll': 'All',
	'chart.table.previous': 'Previous',
	'chart.table.next': 'Next',
	'chart.table.page': 'Page {page} of {pages}',
	'chart.table.exportAll': 'Downloads hold every row of the table, without the search filter.',
	'chart.trend.yMillions': 'Active participants (million)',
	'chart.trend.yThousands': 'Active participants (thousand)',
	'chart.trend.label': 'Active participants by segment. Left and right arrows choose the month.',
	'chart.ranking.target': 'Target {value}',
	'chart.ranking.over100': 'above 100%',
	'chart.ranking.label': 'Regions ranked. Up and down arrows choose a region.',
	'chart.ranking.announce': '{rank}. {name}: {value}'
};
