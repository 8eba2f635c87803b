import type { messages as id } from '../id/compare';
import type { Translation } from '../dictionaries';

// English for id/compare.ts: exactly its keys and the same {placeholders} (tests/unit/i18n).

/** English strings of the comparison component. */
export const messages: Translation<typeof id> = {
	'compare.metric': 'Indicator',
	'compare.entity': 'Name',
	'compare.key': 'Code',
	'compare.best': 'best',
	'compare.legend': 'best value in its row',
	'compare.difference': 'Difference ({second} − {first})',
	'compare.remove': 'Remove {name} from the comparison',
	'compare.tooMany': 'A comparison holds at most {max}; there are {count}. Remove some.',
	'compare.tooFew': 'Choose at least {min} to compare.'
};
