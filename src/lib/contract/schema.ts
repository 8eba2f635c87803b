/**
 * The data contract as code: every table Cakupan reads, its columns, types, units, keys and
 * allowed values, and which DOMAIN.md metric uses each column. The sample generator, the
 * validator, the database build and the app all import this module; `data/SCHEMA.md` is
 * rendered from it (`npm run schema`) and a test fails when the two disagree.
 *
 * Conventions: region codes are undotted Kemendagri strings (`regions.ts`); a month is a DATE
 * on its first day; a year is the calendar year (a year's value is its December snapshot,
 * DOMAIN.md section 2); counts are people; money is whole rupiah.
 */
import { METRIC_IDS, type MetricId } from '../metrics/ids';
import {
	CANDIDATE_CATEGORIES,
	CANDIDATE_KINDS,
	CANDIDATE_STAGES,
	EMPLOYER_SIZES,
	KANWIL_IDS,
	KBLI_SECTIONS,
	PROGRAMMES,
	REGION_KINDS,
	REGION_LEVELS,
	REGULATION_TYPES,
	SEGMENTS,
	type RegionLevel
} from './domain';

/** Physical column types, as DuckDB and Parquet spell them. */
export type ColumnType = 'VARCHAR' | 'BIGINT' | 'INTEGER' | 'DOUBLE' | 'DATE' | 'BOOLEAN';

/** What a column's values measure. */
export type Unit =
	| 'code'
	| 'text'
	| 'category'
	| 'people'
	| 'rupiah'
	| 'percent'
	| 'month'
	| 'year'
	| 'date'
	| 'months'
	| 'rank'
	| 'flag';

/** One column of a table. */
export interface ColumnDef {
	readonly name: string;
	readonly type: ColumnType;
	readonly unit: Unit;
	readonly description: string;
	/** Nulls allowed (otherwise every row must have a value). */
	readonly nullable?: boolean;
	/** The closed set of values this column may hold. */
	readonly allowed?: readonly string[];
	/** The column holds a code of `regions` at one of these levels. */
	readonly region?: readonly RegionLevel[];
	/** The column may also hold NATIONAL_CODE (`ID`): a row for Indonesia as a whole, which `regions` has no row for. */
	readonly national?: boolean;
	/** Values may list alternatives separated by this string (each one checked on its own). */
	readonly alternatives?: string;
	/** The smallest value allowed (counts and money are never negative). */
	readonly min?: number;
	/** The DOMAIN.md metrics computed from this column. */
	readonly metrics?: readonly MetricId[];
}

/** One table of the contract. */
export interface TableDef {
	readonly name: string;
	readonly description: string;
	/** One row per ...: the grain in words. */
	readonly grain: string;
	/** Columns that identify a row; no two rows may share them. */
	readonly key: readonly string[];
	/** A dataset without this table is incomplete (an error); optional tables only add detail. */
	readonly required: boolean;
	/** Physical row order: rows of one province sit together, so a province's scan is short. */
	readonly sortBy: readonly string[];
	readonly columns: readonly ColumnDef[];
}

const COUNT = { type: 'BIGINT', unit: 'people', min: 0 } as const;
const RUPIAH = { type: 'BIGINT', unit: 'rupiah', min: 0 } as const;
const YEAR = { name: 'year', type: 'INTEGER', unit: 'year', description: 'Calendar year.' } as const;
const MONTH = {
	name: 'month',
	type: 'DATE',
	unit: 'month',
	description: 'First day of the month of the snapshot (e.g. 2024-12-01 for December 2024).'
} as const;
const SEGMENT = {
	name: 'segment',
	type: 'VARCHAR',
	unit: 'category',
	allowed: SEGMENTS,
	description: 'Participant segment: PU wage earners, BPU non-wage (informal), JAKON construction, PMI migrant workers.'
} as const;

// Active participants feed every metric of DOMAIN.md section 2.
const ACTIVE_METRICS: readonly MetricId[] = METRIC_IDS;

/** Every table of the contract, by name. */
export const TABLES = {
	regions: {
		name: 'regions',
		description:
			'Every province, regency/city, district and village of the Kemendagri edition in use, with the BPJS Ketenagakerjaan offices that serve it.',
		grain: 'region',
		key: ['code'],
		required: true,
		sortBy: ['code'],
		columns: [
			{ name: 'code', type: 'VARCHAR', unit: 'code', description: 'Kemendagri code, undotted (2, 4, 6 or 10 digits).' },
			{ name: 'name', type: 'VARCHAR', unit: 'text', description: 'Official name, e.g. "Kabupaten Kotawaringin Barat".' },
			{ name: 'level', type: 'VARCHAR', unit: 'category', allowed: REGION_LEVELS, description: 'province, regency, district or village (follows the code length).' },
			{ name: 'parent_code', type: 'VARCHAR', unit: 'code', nullable: true, region: ['province', 'regency', 'district'], description: 'Code of the region one level up; null for a province.' },
			{ name: 'province_code', type: 'VARCHAR', unit: 'code', region: ['province'], description: 'First two digits of the code: the province under the Papua rule.' },
			{ name: 'kind', type: 'VARCHAR', unit: 'category', allowed: REGION_KINDS, description: 'provinsi; kabupaten or kota; kecamatan; desa, kelurahan or desa_adat (from the code digits).' },
			{ name: 'kanwil', type: 'VARCHAR', unit: 'category', nullable: true, allowed: KANWIL_IDS, description: 'BPJS regional office (Kantor Wilayah) of a province or regency; null below regency.' },
			{ name: 'branch_office', type: 'VARCHAR', unit: 'text', nullable: true, description: 'BPJS branch office (Kantor Cabang) serving a regency; null for other levels.' }
		]
	},
	workforce: {
		name: 'workforce',
		description: 'BPS August labour-force figures per regency/city: the denominators of coverage.',
		grain: 'regency × year',
		key: ['region_code', 'year'],
		required: true,
		sortBy: ['region_code', 'year'],
		columns: [
			{ name: 'region_code', type: 'VARCHAR', unit: 'code', region: ['regency'], description: 'Regency/city code.' },
			YEAR,
			{ name: 'working_population', ...COUNT, metrics: ['ucjNaive'], description: 'People working (BPS Sakernas, August).' },
			{ name: 'formal', ...COUNT, metrics: ['formalPenetration'], description: 'Formal workers (BPS, August).' },
			{ name: 'informal', ...COUNT, metrics: ['informalPenetration'], description: 'Informal workers (BPS, August).' },
			{ name: 'eligible', ...COUNT, metrics: ['ucj', 'coverageChangePts', 'targetAttainment'], description: 'Eligible workers: working population minus civil servants, military, police and people outside insurable age.' }
		]
	},
	ucj_targets: {
		name: 'ucj_targets',
		description: "Kemendagri's coverage (UCJ) target per province and year, and Indonesia's national target (`ID`), on the eligible-worker denominator.",
		grain: 'province × year',
		key: ['province_code', 'year'],
		required: false,
		sortBy: ['province_code', 'year'],
		columns: [
			{ name: 'province_code', type: 'VARCHAR', unit: 'code', region: ['province'], national: true, description: 'Province code, or `ID` for the national target of Indonesia as a whole.' },
			YEAR,
			{ name: 'target_pct', type: 'DOUBLE', unit: 'percent', min: 0, metrics: ['targetAttainment'], description: 'Target coverage in percent, e.g. 66 for DKI Jakarta and 52.15 for Indonesia in 2025.' }
		]
	},
	participation: {
		name: 'participation',
		description:
			'Participants per regency/city, month and segment: the monthly paid-up status (active) and the rest of the register.',
		grain: 'regency × month × segment',
		key: ['region_code', 'month', 'segment'],
		required: true,
		sortBy: ['region_code', 'month', 'segment'],
		columns: [
			{ name: 'region_code', type: 'VARCHAR', unit: 'code', region: ['regency'], description: 'Regency/city code (the participant is counted where the employer or registration is).' },
			MONTH,
			SEGMENT,
			{ name: 'active', ...COUNT, metrics: ACTIVE_METRICS, description: 'Active (paid-up) participants at the month end.' },
			{ name: 'non_active', ...COUNT, metrics: ['activityRatio'], description: 'Registered participants not paid up that month.' },
			{ name: 'new_registrations', ...COUNT, description: 'Participants registered during the month.' },
			{ name: 'contributions_idr', ...RUPIAH, description: 'Contributions received in the month, rupiah.' }
		]
	},
	participation_village: {
		name: 'participation_village',
		description:
			'Optional detail: participants per village, month and segment. Never added to the regency table: the regency row is the total, villages are its breakdown where known.',
		grain: 'village × month × segment',
		key: ['region_code', 'month', 'segment'],
		required: false,
		sortBy: ['region_code', 'month', 'segment'],
		columns: [
			{ name: 'region_code', type: 'VARCHAR', unit: 'code', region: ['village'], description: 'Village/kelurahan code.' },
			MONTH,
			SEGMENT,
			{ name: 'active', ...COUNT, metrics: ['segmentShare', 'growth', 'activityRatio'], description: 'Active participants living or registered in the village.' },
			{ name: 'non_active', ...COUNT, metrics: ['activityRatio'], description: 'Registered participants not paid up that month.' }
		]
	},
	participation_programme: {
		name: 'participation_programme',
		description:
			'Active participants per regency/city, month, segment and programme. Only the combinations the law allows (BPU never in JP; JAKON only JKK and JKM).',
		grain: 'regency × month × segment × programme',
		key: ['region_code', 'month', 'segment', 'programme'],
		required: true,
		sortBy: ['region_code', 'month', 'segment', 'programme'],
		columns: [
			{ name: 'region_code', type: 'VARCHAR', unit: 'code', region: ['regency'], description: 'Regency/city code.' },
			MONTH,
			SEGMENT,
			{ name: 'programme', type: 'VARCHAR', unit: 'category', allowed: PROGRAMMES, description: 'JKK work accident, JKM death, JHT old-age savings, JP pension, JKP job-loss benefit.' },
			{ name: 'active', ...COUNT, description: 'Active participants enrolled in the programme.' }
		]
	},
	villages_support: {
		name: 'villages_support',
		description: "A village government's own protection effort: evidence for the village category of the award.",
		grain: 'village × year',
		key: ['village_code', 'year'],
		required: false,
		sortBy: ['village_code', 'year'],
		columns: [
			{ name: 'village_code', type: 'VARCHAR', unit: 'code', region: ['village'], description: 'Village/kelurahan code.' },
			YEAR,
			{ name: 'officials_covered', ...COUNT, description: 'Village officials and RT/RW heads covered (December).' },
			{ name: 'vulnerable_covered', ...COUNT, description: 'Vulnerable workers covered (December).' },
			{ name: 'apbdes_people', ...COUNT, description: 'People whose contributions the village budget (APBDes/Dana Desa) paid.' },
			{ name: 'apbdes_idr', ...RUPIAH, description: 'Village budget spent on contributions, rupiah.' }
		]
	},
	regional_budget: {
		name: 'regional_budget',
		description: 'Regional budget (APBD) paying contributions: vulnerable workers and non-civil-servant staff (Inpres 2/2021).',
		grain: 'province or regency × year',
		key: ['region_code', 'year'],
		required: false,
		sortBy: ['region_code', 'year'],
		columns: [
			{ name: 'region_code', type: 'VARCHAR', unit: 'code', region: ['province', 'regency'], description: 'Province or regency/city whose budget pays.' },
			YEAR,
			{ name: 'vulnerable_idr', ...RUPIAH, description: 'APBD for vulnerable workers, rupiah.' },
			{ name: 'vulnerable_people', ...COUNT, description: 'Vulnerable workers funded.' },
			{ name: 'non_asn_idr', ...RUPIAH, description: 'APBD for non-civil-servant staff, rupiah.' },
			{ name: 'non_asn_people', ...COUNT, description: 'Non-civil-servant staff funded.' }
		]
	},
	regional_regulations: {
		name: 'regional_regulations',
		description: 'Regulations a province or regency issued on employment social security: policy evidence.',
		grain: 'regulation',
		key: ['region_code', 'type', 'number', 'year'],
		required: false,
		sortBy: ['region_code', 'year', 'type', 'number'],
		columns: [
			{ name: 'region_code', type: 'VARCHAR', unit: 'code', region: ['province', 'regency'], description: 'Issuing province or regency/city.' },
			YEAR,
			{ name: 'type', type: 'VARCHAR', unit: 'category', allowed: REGULATION_TYPES, description: 'perda, pergub, perbup, perwal, instruksi, surat_edaran or keputusan.' },
			{ name: 'number', type: 'VARCHAR', unit: 'text', description: 'Number as written, e.g. "12".' },
			{ name: 'title', type: 'VARCHAR', unit: 'text', description: 'Title of the regulation.' },
			{ name: 'issued_on', type: 'DATE', unit: 'date', description: 'Date signed.' }
		]
	},
	employers: {
		name: 'employers',
		description: "Employers' compliance: evidence for the business categories of the award.",
		grain: 'employer × year',
		key: ['employer_id', 'year'],
		required: false,
		sortBy: ['employer_id', 'year'],
		columns: [
			{ name: 'employer_id', type: 'VARCHAR', unit: 'code', description: 'Stable employer identifier within the dataset.' },
			YEAR,
			{ name: 'name', type: 'VARCHAR', unit: 'text', description: 'Employer name; fictitious in the sample except the named award candidates.' },
			{ name: 'region_code', type: 'VARCHAR', unit: 'code', nullable: true, region: ['regency'], description: 'Regency/city of the employer; null where unknown.' },
			{ name: 'province_code', type: 'VARCHAR', unit: 'code', region: ['province'], description: 'Province of the employer (known even where the regency is not).' },
			{ name: 'size', type: 'VARCHAR', unit: 'category', allowed: EMPLOYER_SIZES, description: 'micro, small, medium or large.' },
			{ name: 'sector', type: 'VARCHAR', unit: 'category', allowed: KBLI_SECTIONS, description: 'KBLI 2020 section letter (A–U).' },
			{ name: 'workers', ...COUNT, description: 'Workers employed (December).' },
			{ name: 'workers_registered', ...COUNT, description: 'Workers registered with BPJS Ketenagakerjaan (December).' },
			{ name: 'has_jkk', type: 'BOOLEAN', unit: 'flag', description: 'Enrolled in JKK.' },
			{ name: 'has_jkm', type: 'BOOLEAN', unit: 'flag', description: 'Enrolled in JKM.' },
			{ name: 'has_jht', type: 'BOOLEAN', unit: 'flag', description: 'Enrolled in JHT.' },
			{ name: 'has_jp', type: 'BOOLEAN', unit: 'flag', description: 'Enrolled in JP.' },
			{ name: 'has_jkp', type: 'BOOLEAN', unit: 'flag', description: 'Enrolled in JKP.' },
			{ name: 'wage_reported_idr', ...RUPIAH, description: 'Average monthly wage reported for contributions, rupiah.' },
			{ name: 'wage_reference_idr', ...RUPIAH, description: 'Reference wage (e.g. the regency minimum wage or payroll evidence), rupiah.' },
			{ name: 'months_in_arrears', type: 'INTEGER', unit: 'months', min: 0, description: 'Months of contributions unpaid at year end.' },
			{ name: 'vulnerable_sponsored', ...COUNT, description: 'Vulnerable workers whose contributions the employer pays (e.g. CSR).' }
		]
	},
	candidates: {
		name: 'candidates',
		description:
			'Paritrana Award candidates by edition, stage and category. Where a source leaves something open it stays open (null, or alternatives separated by "|").',
		grain: 'candidate × stage',
		key: ['candidate_id'],
		required: false,
		sortBy: ['assessment_year', 'province_code', 'candidate_id'],
		columns: [
			{ name: 'candidate_id', type: 'VARCHAR', unit: 'code', description: 'Stable identifier of this candidate row.' },
			{ name: 'edition', type: 'VARCHAR', unit: 'text', description: 'Edition label as published, e.g. "Paritrana Award 2025".' },
			{ name: 'assessment_year', type: 'INTEGER', unit: 'year', description: 'Calendar year the figures are assessed for (2024 for the July 2025 interviews: an assumption shown on screen).' },
			{ name: 'province_code', type: 'VARCHAR', unit: 'code', region: ['province'], description: 'Province of the assessment.' },
			{ name: 'category', type: 'VARCHAR', unit: 'category', allowed: CANDIDATE_CATEGORIES, description: 'Award category; "business" where the source does not give the size.' },
			{ name: 'stage', type: 'VARCHAR', unit: 'category', allowed: CANDIDATE_STAGES, description: 'proposed, province_interview, province_award or national.' },
			{ name: 'candidate', type: 'VARCHAR', unit: 'text', description: 'Name as the source writes it.' },
			{ name: 'candidate_kind', type: 'VARCHAR', unit: 'category', allowed: CANDIDATE_KINDS, description: 'What the candidate is: a government (by region code) or a business.' },
			{ name: 'region_code', type: 'VARCHAR', unit: 'code', nullable: true, region: ['province', 'regency', 'village'], alternatives: '|', description: 'The region the candidate governs or sits in; alternatives separated by "|" where the source is ambiguous; null when unknown.' },
			{ name: 'employer_id', type: 'VARCHAR', unit: 'code', nullable: true, description: 'The employer (employers.employer_id) for a business candidate, when linked.' },
			{ name: 'nominating_office', type: 'VARCHAR', unit: 'text', nullable: true, description: 'BPJS branch office that proposed the candidate, where stated.' },
			{ name: 'result', type: 'INTEGER', unit: 'rank', nullable: true, min: 1, description: 'Published rank (1 = first), where given.' },
			{ name: 'source', type: 'VARCHAR', unit: 'text', nullable: true, description: 'Where the row comes from (a source file or "synthetic").' },
			{ name: 'note', type: 'VARCHAR', unit: 'text', nullable: true, description: 'Conflicts or gaps in the sources, as found.' }
		]
	}
} as const satisfies Record<string, TableDef>;

/** A table name of the contract. */
export type TableName = keyof typeof TABLES;

/** All table names, in contract order. */
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

/** Column names of one table. */
export type ColumnName<T extends TableName> = (typeof TABLES)[T]['columns'][number]['name'];

/** The definition of a table; throws on a name outside the contract. */
export function tableDef(name: string): TableDef {
	if (!Object.hasOwn(TABLES, name)) throw new Error(`unknown table: ${JSON.stringify(name)}`);
	return TABLES[name as TableName];
}

/** The definition of a column; throws on a name outside the contract. */
export function columnDef(table: string, column: string): ColumnDef {
	const def = tableDef(table).columns.find((c) => c.name === column);
	if (!def) throw new Error(`unknown column: ${table}.${JSON.stringify(column)}`);
	return def;
}

/** Quote an identifier the way DuckDB does (`"` doubled), after checking it is in the contract. */
export function quoteIdentifier(name: string): string {
	return `"${name.replaceAll('"', '""')}"`;
}

/**
 * `CREATE TABLE` text for a contract table (identifiers from this module only). `valuesMayBeMissing`:
 * only the key columns are NOT NULL, for a user's rows loaded in the browser, where a column no
 * figure needs may be absent (an office summary with active counts only).
 */
export function createTableSql(
	name: TableName,
	qualifiedName: string = quoteIdentifier(name),
	{ valuesMayBeMissing = false }: { valuesMayBeMissing?: boolean } = {}
): string {
	const def = TABLES[name] as TableDef;
	const required = (c: ColumnDef) => (valuesMayBeMissing ? def.key.includes(c.name) : !c.nullable);
	const cols = def.columns.map((c) => `${quoteIdentifier(c.name)} ${c.type}${required(c) ? ' NOT NULL' : ''}`);
	return `CREATE TABLE ${qualifiedName} (${cols.join(', ')})`;
}
