import type { messages as id } from '../id/map';
import type { Translation } from '../dictionaries';

// English for id/map.ts: exactly its keys (a missing or extra key is a type error) and the same
// {placeholders} (tests/unit/i18n).

/** English strings of the map. */
export const messages: Translation<typeof id> = {
	// map
	'map.legend.label': 'Legend: {metric}',
	'map.legend.over100': 'above 100%',
	'map.legend.nodata': 'No data',
	'map.legend.count': '{count} regions',
	'map.hint': 'Click a region on the map, or choose it from the table of regions.',
	'map.tooltip': '{name}: {value} ({class})',
	'map.table.summary': 'Table of the map\'s regions ({count})',
	'map.table.caption': '{metric} by regency/city',
	'map.table.region': 'Regency/city',
	'map.table.value': 'Value',
	'map.table.class': 'Class'
};
