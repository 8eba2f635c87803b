import type { Provenance } from '$lib/export/provenance';

/** A synthetic-sample provenance used by the export and chart tests. */
export const PROVENANCE: Provenance = {
	datasetName: 'Sampel Cakupan',
	datasetVersion: '2025.1',
	checksum: '3F2A9C0D1B7E' + '0'.repeat(52),
	synthetic: true,
	filters: [
		{ label: 'Periode', value: 'Desember 2024' },
		{ label: 'Tingkat', value: 'Provinsi' }
	],
	denominator: 'pekerja yang memenuhi syarat',
	query: { sql: '\n  SELECT code, ucj FROM coverage WHERE period = ?::DATE\n', params: ['2024-12-01', 3n] },
	url: 'https://cakupan.example/nasional/?periode=2024-12'
};
