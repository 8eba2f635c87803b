/** Browser downloads: file names that carry provenance, and saving a Blob. */
import { shortChecksum, type Provenance } from './provenance';

/**
 * An ASCII-safe file name: `cakupan`, the slugged parts of `base`, the synthetic flag, the
 * short checksum and the extension.
 * @example fileName(['peringkat provinsi', '2024-12'], p, 'csv')
 * // "cakupan_peringkat-provinsi_2024-12_sintetis_3f2a9c0d1b7e.csv"
 */
export function fileName(base: string | string[], provenance: Provenance, ext: string): string {
	const flag = provenance.synthetic ? 'sintetis' : provenance.partlySynthetic ? 'sebagian-sintetis' : null;
	const parts = ['cakupan', ...[base].flat().map(slug), flag, shortChecksum(provenance.checksum)];
	const extension = slug(ext);
	if (!extension) throw new Error(`invalid file extension: ${JSON.stringify(ext)}`);
	return `${parts.filter(Boolean).join('_')}.${extension}`;
}

/** Lowercase ASCII letters, digits and single hyphens: "Kota Palangka Raya (62)" → "kota-palangka-raya-62". */
export function slug(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '') // combining marks left by NFKD: "é" → "e"
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/** Saves `blob` as `filename` through a temporary object URL (allowed by `img-src blob:`-style CSPs, no inline script). */
export function downloadBlob(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	link.rel = 'noopener';
	document.body.append(link);
	link.click();
	link.remove();
	// Revoke on the next task: some browsers start reading the URL only after click() returns.
	setTimeout(() => URL.revokeObjectURL(url), 0);
}
