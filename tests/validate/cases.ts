/**
 * Each bad fixture and exactly the findings it must produce (rule, table, column, key), worked
 * out by hand from `tests/fixtures/kalimantan.ts`. Shared by the native and the WASM suites.
 */
import type { BadFixture } from '../fixtures/bad';
import * as bad from '../fixtures/bad';
import type { Located } from './harness';

const ppKey = (region_code: string, month: string, segment: string, programme: string) => ({ region_code, month, segment, programme });
const pKey = (region_code: string, month: string, segment: string) => ({ region_code, month, segment });

/** [fixture, the findings it yields, in order]. */
export const CASES: [BadFixture, Located[]][] = [
	[bad.missingTable, [{ rule: 'missing_table', table: 'workforce' }]],
	[bad.missingListedTable, [{ rule: 'missing_table', table: 'villages_support' }]],
	[bad.missingColumn, [{ rule: 'missing_column', table: 'participation', column: 'non_active' }]],
	[bad.extraColumn, [{ rule: 'extra_column', table: 'workforce', column: 'catatan' }]],
	[bad.manifestWithoutTitle, [{ rule: 'manifest_invalid', key: { path: '$.title' } }]],
	[bad.manifestWrongKey, [{ rule: 'manifest_invalid', table: 'workforce', key: { path: '$.tables[1].key' } }]],
	[bad.rowMissingFromFile, [{ rule: 'manifest_row_count', table: 'regional_regulations', key: { file: 'regional_regulations.parquet' } }]],
	[bad.rowCountOfFile, [{ rule: 'manifest_row_count', table: 'workforce', key: { file: 'workforce.parquet' } }]],
	[bad.partRowCount, [{ rule: 'manifest_row_count', table: 'participation', key: { file: 'participation/61.parquet' } }]],
	[bad.fileChanged, [{ rule: 'manifest_checksum', table: 'workforce', key: { file: 'workforce.parquet' } }]],
	[bad.datasetChecksumEdited, [{ rule: 'manifest_dataset_checksum', key: { path: '$.checksum' } }]],
	[bad.regionCodeAsInteger, [{ rule: 'wrong_type', table: 'participation', column: 'region_code' }]],
	[
		bad.monthNotADate,
		[{ rule: 'wrong_type', table: 'participation_programme', column: 'month', key: ppKey('6171', '2024-13-01', 'PU', 'JP') }]
	],
	[bad.fractionalCount, [{ rule: 'wrong_type', table: 'workforce', column: 'formal', key: { region_code: '6104', year: 2023 } }]],
	[bad.readableTypes, []],
	[bad.nullValue, [{ rule: 'null_value', table: 'employers', column: 'sector', key: { employer_id: 'E-61-0001', year: 2024 } }]],
	[bad.duplicateKey, [{ rule: 'duplicate_key', table: 'participation', key: pKey('6104', '2024-03-01', 'PU') }]],
	[bad.unknownRegion, [{ rule: 'unknown_region', table: 'participation', column: 'region_code', key: pKey('9901', '2023-12-01', 'PU') }]],
	[bad.unknownAlternative, [{ rule: 'unknown_region', table: 'candidates', column: 'region_code', key: { candidate_id: 'PA2025-62-005' } }]],
	[bad.nationalCodeInRegionColumn, [{ rule: 'unknown_region', table: 'regional_budget', column: 'region_code', key: { region_code: 'ID', year: 2024 } }]],
	// two rows (2023, 2024) coded 'IN': the first by key is the example
	[bad.unknownNationalCode, [{ rule: 'unknown_region', table: 'ucj_targets', column: 'province_code', key: { province_code: 'IN', year: 2023 } }]],
	[
		bad.wrongRegionLevel,
		[{ rule: 'wrong_region_level', table: 'employers', column: 'region_code', key: { employer_id: 'E-61-0001', year: 2024 } }]
	],
	[bad.monthNotFirstDay, [{ rule: 'month_out_of_range', table: 'participation', column: 'month', key: pKey('6171', '2024-03-15', 'BPU') }]],
	[
		bad.monthOutsidePeriod,
		[{ rule: 'month_out_of_range', table: 'participation_village', column: 'month', key: pKey('6201032003', '2023-11-01', 'PMI') }]
	],
	[
		bad.monthBefore2000,
		[{ rule: 'month_out_of_range', table: 'participation_programme', column: 'month', key: ppKey('6209', '1999-12-01', 'PMI', 'JHT') }]
	],
	[
		bad.monthInFuture,
		[{ rule: 'month_out_of_range', table: 'participation_village', column: 'month', key: pKey('6104012011', '2026-02-01', 'PU') }]
	],
	[bad.missingMonth, [{ rule: 'missing_month', table: 'participation', column: 'month', key: pKey('6209', '2024-06-01', 'JAKON') }]],
	[
		// 5 regencies × 4 segments miss January 2025: the first five series (by code, then segment) are listed.
		bad.periodLongerThanData,
		(['BPU', 'JAKON', 'PMI', 'PU'] as const)
			.map((s) => pKey('6104', '2025-01-01', s))
			.concat([pKey('6171', '2025-01-01', 'BPU')])
			.map((key) => ({ rule: 'missing_month' as const, table: 'participation', column: 'month', key }))
	],
	[
		bad.negativeCount,
		[{ rule: 'negative_count', table: 'participation_programme', column: 'active', key: ppKey('6201', '2024-02-01', 'PU', 'JKP') }]
	],
	[bad.rankBelowMin, [{ rule: 'negative_count', table: 'candidates', column: 'result', key: { candidate_id: 'PA2025-61-001' } }]],
	[bad.notAllowedValue, [{ rule: 'not_allowed_value', table: 'employers', column: 'size', key: { employer_id: 'E-62-0002', year: 2024 } }]],
	[
		bad.programmeNotAllowed,
		[{ rule: 'programme_not_allowed', table: 'participation_programme', column: 'programme', key: ppKey('6201', '2024-12-01', 'BPU', 'JP') }]
	],
	[
		// The pair with more rows first.
		bad.twoProgrammesNotAllowed,
		[
			{ rule: 'programme_not_allowed', table: 'participation_programme', column: 'programme', key: ppKey('6208', '2024-11-01', 'JAKON', 'JHT') },
			{ rule: 'programme_not_allowed', table: 'participation_programme', column: 'programme', key: ppKey('6201', '2024-12-01', 'BPU', 'JP') }
		]
	],
	[bad.malformedCode, [{ rule: 'region_inconsistent', table: 'regions', column: 'code', key: { code: '62.08' } }]],
	[bad.wrongLevel, [{ rule: 'region_inconsistent', table: 'regions', column: 'level', key: { code: '620103' } }]],
	[bad.wrongParent, [{ rule: 'region_inconsistent', table: 'regions', column: 'parent_code', key: { code: '6201' } }]],
	[bad.wrongProvince, [{ rule: 'region_inconsistent', table: 'regions', column: 'province_code', key: { code: '6104' } }]],
	[bad.wrongKind, [{ rule: 'region_inconsistent', table: 'regions', column: 'kind', key: { code: '6171' } }]],
	[bad.coverageAbove100, [{ rule: 'coverage_above_100', table: 'workforce', column: 'eligible', key: { region_code: '6201', year: 2024 } }]],
	[
		bad.villageExceedsRegency,
		[{ rule: 'village_exceeds_regency', table: 'participation_village', column: 'active', key: pKey('6201', '2024-12-01', 'PU') }]
	]
];
