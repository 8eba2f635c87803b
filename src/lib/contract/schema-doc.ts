/**
 * Renders the contract as Markdown (`data/SCHEMA.md`). The file is written by `npm run schema`
 * and a test renders it again and compares, so prose and code cannot drift.
 */
import { MANIFEST_FORMAT } from './manifest';
import { NATIONAL_CODE, REGION_EDITION, SEGMENT_PROGRAMMES, SEGMENTS, KANWIL, PROVINCE_KANWIL } from './domain';
import { TABLES, type ColumnDef, type TableDef } from './schema';

function cell(text: string): string {
	return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

function columnRow(c: ColumnDef): string {
	const rules: string[] = [];
	if (c.allowed) rules.push(`one of ${c.allowed.map((v) => `\`${v}\``).join(', ')}`);
	if (c.region) rules.push(`a ${c.region.join(' or ')} code in \`regions\`${c.national ? `, or \`${NATIONAL_CODE}\` for Indonesia` : ''}`);
	if (c.alternatives) rules.push(`alternatives separated by \`${c.alternatives}\``);
	if (c.min !== undefined) rules.push(`≥ ${c.min}`);
	const metrics = c.metrics?.map((m) => `\`${m}\``).join(', ') ?? '';
	return `| \`${c.name}\` | ${c.type}${c.nullable ? ', nullable' : ''} | ${c.unit} | ${cell(c.description)} | ${cell(rules.join('; '))} | ${metrics} |`;
}

function tableSection(t: TableDef): string {
	return [
		`### \`${t.name}\`${t.required ? '' : ' (optional)'}`,
		'',
		cell(t.description),
		'',
		`One row per ${t.grain}. Key: ${t.key.map((k) => `\`${k}\``).join(' + ')}. Rows stored in order of ${t.sortBy.map((k) => `\`${k}\``).join(', ')}.`,
		'',
		'| column | type | unit | meaning | allowed values | used by metrics |',
		'|---|---|---|---|---|---|',
		...t.columns.map(columnRow),
		''
	].join('\n');
}

/** The full text of `data/SCHEMA.md`. */
export function renderSchemaDoc(): string {
	const tables = Object.values(TABLES) as TableDef[];
	const combos = SEGMENTS.map((s) => `| ${s} | ${SEGMENT_PROGRAMMES[s].join(', ')} |`);
	const kanwil = Object.entries(KANWIL).map(([id, name]) => {
		const provinces = Object.entries(PROVINCE_KANWIL)
			.filter(([, k]) => k === id)
			.map(([p]) => p)
			.join(', ');
		return `| \`${id}\` | ${name} | ${provinces} |`;
	});
	return [
		'# Cakupan data contract',
		'',
		'<!-- Generated from src/lib/contract/schema.ts by `npm run schema`. Do not edit by hand: a test fails when this file and the module disagree. -->',
		'',
		'A dataset is a folder of Parquet files, one per table (or one per province part of a table), and a manifest `dataset.json`. The bundled sample in `data/sample/` is one; a user\'s own files follow the same contract and replace sample tables at run time.',
		'',
		'## Conventions',
		'',
		`- **Region codes** are undotted Kemendagri strings, always text: province \`62\`, regency/city \`6201\`, district \`620101\`, village \`6201012001\`. Every table uses the codes of ${REGION_EDITION} for every year.`,
		'- **Regions that split** (the Papua provinces 93–96, created in 2022): a region\'s province is its code\'s first two digits, for every year. Earlier figures of their regencies are reported under today\'s provinces; data keyed by older codes must be converted first (the validator reports them as unknown regions).',
		'- **Months** are DATE values on the first day (`2024-12-01` = December 2024). **Years** are calendar years; a year\'s value is its December snapshot.',
		'- **Counts** are people; **money** is whole rupiah (IDR); **percent** values are in percent (66 = 66%).',
		'- **Coverage** (`ucj`) counts PU + BPU + JAKON; PMI are shown as their own series and never enter `ucj`.',
		'- `participation` holds regency totals; `participation_village` is optional detail and is never added to them.',
		'',
		'## Segments and the programmes the law allows',
		'',
		'| segment | programmes |',
		'|---|---|',
		...combos,
		'',
		'## BPJS Ketenagakerjaan regional offices (Kanwil)',
		'',
		'| id | office | provinces |',
		'|---|---|---|',
		...kanwil,
		'',
		'## Tables',
		'',
		...tables.map(tableSection),
		'## Manifest (`dataset.json`)',
		'',
		`Format ${MANIFEST_FORMAT}. Fields: \`format\`, \`name\`, \`title\`, \`version\`, \`generated_at\` (ISO 8601), \`synthetic\` (true for made-up figures: every screen and export then says "DATA SINTETIS"), \`region_edition\`, \`period\` (\`{ "from": "YYYY-MM", "to": "YYYY-MM" }\`), \`sources\` (name, note, licence, attribution), \`tables\` and \`checksum\`.`,
		'',
		'Each entry of `tables` describes one file: `table`, `file` (relative path), `part` (`{ "province_code": "61" }` when a table is split per province), `key`, `rows` (row count) and `sha256` (of the file\'s bytes). `checksum` is the sha256 of the lines `"<file> <sha256>\\n"` of all entries, sorted: one value that names the whole content; screens and exports show its first 12 digits.',
		''
	].join('\n');
}
