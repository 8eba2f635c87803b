import type { messages as id } from '../id/shell';
import type { Translation } from '../dictionaries';

// English for id/shell.ts: exactly its keys (a missing or extra key is a type error) and the
// same {placeholders} (tests/unit/i18n).

/** English strings of the shell. */
export const messages: Translation<typeof id> = {
	// app
	'app.name': 'Cakupan',
	'app.tagline': 'Employment social security coverage',
	'app.skipToContent': 'Skip to main content',

	// nav
	'nav.label': 'Main navigation',
	'nav.overview': 'National overview',
	'nav.kantor': 'Regional & branch offices',
	'nav.penilaian': 'Paritrana assessment',
	'nav.data': 'Your data',
	'nav.methods': 'Methodology',

	// locale
	'locale.label': 'Language',
	'locale.name.id': 'Bahasa Indonesia',
	'locale.name.en': 'English',

	// synthetic
	'synthetic.banner': 'SYNTHETIC DATA: sample figures, not official BPJS Ketenagakerjaan data',
	'synthetic.partly': 'partly synthetic',
	'synthetic.partlyNote': 'This figure combines your data with rows of the sample data (synthetic) for provinces or tables your files do not cover.',
	'synthetic.sample': 'synthetic data',
	'synthetic.sampleNote': 'This figure comes wholly from the sample data (synthetic): your files do not cover the tables or provinces it uses.',
	'synthetic.bannerPartly': 'PARTLY SYNTHETIC: your data is combined with sample figures (synthetic) for the provinces and tables you did not load; every figure using sample figures is marked'
};
