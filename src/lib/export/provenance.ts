/**
 * Where an exported figure comes from: dataset, version, checksum, filters and the exact query.
 * One record feeds every export (CSV column, xlsx "Keterangan" sheet, chart footer, PNG/SVG).
 */
import { translator, type Locale, type MessageKey } from '$lib/i18n';
import type { DataSource } from '$lib/data/overlay/source';

/** Everything needed to trace a figure back to its data (DOMAIN.md section 6). */
export interface Provenance {
	datasetName: string;
	datasetVersion: string;
	/** Full SHA-256 of the dataset file, 64 hex digits. */
	checksum: string;
	synthetic: boolean;
	/** A mix of a user's own tables and sample tables ("sebagian sintetis"). */
	partlySynthetic?: boolean;
	/** Whose rows the figure adds up, once a user's data is active (`lib/data/overlay/source.ts`); absent for the sample alone. */
	source?: DataSource;
	/**
	 * The provinces a national figure covers when it is not all of Indonesia (only the user's data
	 * is in use): names (or codes) as the view shows them.
	 */
	coveredProvinces?: readonly string[];
	/** Active filters, already localized by the view, e.g. `{ label: 'Periode', value: 'Desember 2024' }`. */
	filters: { label: string; value: string }[];
	/** The denominator in use, e.g. "pekerja yang memenuhi syarat" (DOMAIN.md section 2, ucj). */
	denominator?: string;
	query: { sql: string; params: unknown[] };
	/** The view's URL, so a reader can reopen the same figure. */
	url: string;
	/** ISO timestamp of the export; left out when absent so outputs stay reproducible. */
	generatedAt?: string;
}

const SHA256 = /^[0-9a-f]{64}$/i;
const SHORT_LENGTH = 12;

/** The first 12 hex digits of a full SHA-256 checksum; throws on anything but 64 hex digits. */
export function shortChecksum(checksum: string): string {
	if (!SHA256.test(checksum)) throw new Error(`invalid sha256 checksum: ${JSON.stringify(checksum)}`);
	return checksum.slice(0, SHORT_LENGTH).toLowerCase();
}

/** "DATA SINTETIS" / "SEBAGIAN SINTETIS" (or their English forms), or null for real data. */
export function syntheticMark(p: Provenance, locale: Locale = 'id'): string | null {
	const t = translator(locale);
	if (p.synthetic) return t('export.synthetic');
	if (p.partlySynthetic) return t('export.partlySynthetic');
	return null;
}

const ORIGIN: Readonly<Record<DataSource, MessageKey>> = {
	sample: 'provenance.origin.sample',
	user: 'provenance.origin.user',
	mixed: 'provenance.origin.mixed'
};

/** "hanya provinsi yang dimuat: Kalimantan Tengah", or null for a figure over all it should cover. */
export function coverageNote(p: Provenance, locale: Locale = 'id'): string | null {
	if (!p.coveredProvinces) return null;
	return translator(locale)('provenance.coverageOnly', { provinces: p.coveredProvinces.join(', ') });
}

/**
 * One line for chart footers and the CSV source column.
 * @example provenanceLine(p) // "Sampel Cakupan 2025.1 · sha256 3f2a9c0d1b7e · DATA SINTETIS"
 */
export function provenanceLine(p: Provenance, locale: Locale = 'id'): string {
	const mark = syntheticMark(p, locale);
	const coverage = coverageNote(p, locale);
	const parts = [`${p.datasetName} ${p.datasetVersion}`, `sha256 ${shortChecksum(p.checksum)}`];
	if (mark) parts.push(mark);
	if (coverage) parts.push(coverage);
	return parts.join(' · ');
}

/** The provenance as `[label, value]` rows, synthetic mark first (xlsx "Keterangan", print). */
export function provenanceRows(p: Provenance, locale: Locale = 'id'): [string, string][] {
	const t = translator(locale);
	const mark = syntheticMark(p, locale);
	const rows: [string, string][] = [];
	if (mark) rows.push([t('export.dataStatus'), mark]);
	if (p.source) rows.push([t('provenance.origin'), t(ORIGIN[p.source])]);
	const coverage = coverageNote(p, locale);
	if (coverage) rows.push([t('provenance.coverage'), coverage]);
	rows.push(
		[t('provenance.dataset'), p.datasetName],
		[t('provenance.version'), p.datasetVersion],
		[t('export.shortChecksum'), shortChecksum(p.checksum)],
		[t('provenance.checksum'), p.checksum.toLowerCase()]
	);
	for (const filter of p.filters) rows.push([filter.label, filter.value]);
	if (p.denominator) rows.push([t('provenance.denominator'), p.denominator]);
	rows.push([t('provenance.link'), p.url]);
	if (p.generatedAt) rows.push([t('export.generatedAt'), p.generatedAt]);
	rows.push(
		[t('provenance.query'), p.query.sql.trim()],
		[t('export.queryParams'), JSON.stringify(p.query.params, jsonSafe)]
	);
	return rows;
}

// Query params may hold BigInt (DuckDB counts) or Dates; JSON.stringify throws on the former.
function jsonSafe(_key: string, value: unknown): unknown {
	return typeof value === 'bigint' ? value.toString() : value;
}
