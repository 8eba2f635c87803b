import type { messages as id } from '../id/villages';
import type { Translation } from '../dictionaries';

// English for id/villages.ts: exactly its keys (a missing or extra key is a type error) and the
// same {placeholders} (tests/unit/i18n).

/** English strings of the village list. */
export const messages: Translation<typeof id> = {
	// villages: the panel
	'villages.title': 'Villages and kelurahan of {regency}, {month}',
	'villages.desc': '{count} villages and kelurahan of {regency}: active participants by segment in {month}, village officials, RT/RW heads and vulnerable workers covered, and contributions paid from the village budget (APBDes) in {year}.',
	'villages.downloading': 'Downloading the village data of {province} province: {loaded} of {total}',
	'villages.preparing': 'Preparing the village data…',
	'villages.failed': 'The village data could not be loaded. The rest of this page still works.',
	'villages.offline': 'The village data of {province} province is not stored on this device yet and needs an internet connection to download. The rest of this page still works.',
	'villages.retry': 'Try again',
	'villages.noDetail': 'Village-level data is not available for this province.',
	'villages.search': 'Search villages, kelurahan or districts',
	'villages.totals': 'Total of all {count} villages and kelurahan',
	'villages.excess': 'Data-quality note: the {segment} active participants of its villages ({villages}) exceed the figure of {regency} ({regencyValue}) in {month}.',

	// villages.col: table and export columns
	'villages.col.district': 'District',
	'villages.col.code': 'Village code',
	'villages.col.village': 'Village/kelurahan',
	'villages.col.kind': 'Kind',
	'villages.col.pu': 'PU',
	'villages.col.bpu': 'BPU',
	'villages.col.jakon': 'Jakon',
	'villages.col.pmi': 'PMI',
	'villages.col.ucj': 'PU + BPU + Jakon',
	'villages.col.officials': 'Village officials and RT/RW heads covered',
	'villages.col.vulnerable': 'Vulnerable workers covered',
	'villages.col.apbdesPeople': 'People funded by APBDes',
	'villages.col.apbdesIdr': 'Contributions from APBDes',

	// villages.kind: regions.kind of a village
	'villages.kind.desa': 'Village (desa)',
	'villages.kind.kelurahan': 'Kelurahan',
	'villages.kind.desaAdat': 'Customary village (desa adat)'
};
