/** Message keys of the data page's closed vocabularies: typed records, so every key is spelt out (lib/i18n). */
import { LOADABLE_TABLES } from '$lib/contract/match';
import type { LoadableTable } from '$lib/contract/aliases';
import type { ImportSeverity } from '$lib/import';
import type { MessageKey } from '$lib/i18n';

const TABLE_KEYS: Readonly<Record<LoadableTable, MessageKey>> = {
	workforce: 'data.table.workforce',
	ucj_targets: 'data.table.ucjTargets',
	participation: 'data.table.participation',
	participation_village: 'data.table.participationVillage',
	participation_programme: 'data.table.participationProgramme',
	villages_support: 'data.table.villagesSupport',
	regional_budget: 'data.table.regionalBudget',
	regional_regulations: 'data.table.regionalRegulations',
	employers: 'data.table.employers',
	candidates: 'data.table.candidates'
};

/** The message key of a table's name. */
export function tableKey(table: LoadableTable): MessageKey {
	return TABLE_KEYS[table];
}

/** The tables a user may pick for a file, in contract order. */
export const PICKABLE_TABLES: readonly LoadableTable[] = LOADABLE_TABLES;

const SEVERITY_KEYS: Readonly<Record<ImportSeverity, MessageKey>> = {
	error: 'data.severity.error',
	warning: 'data.severity.warning',
	notice: 'data.severity.notice'
};

/** The message key of a finding's severity. */
export function severityKey(severity: ImportSeverity): MessageKey {
	return SEVERITY_KEYS[severity];
}
