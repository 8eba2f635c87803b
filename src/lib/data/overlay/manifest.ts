/**
 * The manifest of user data: what the views, exports and printouts say the figures come from once
 * a user's files are applied. It keeps the sample's sources (the region codes and names are still
 * the sample's reference data), lists the user's files beside (or, in `only-mine`, instead of) the
 * sample's tables, spans the months the data really holds, and carries a checksum of its own, so
 * nothing made for the sample's checksum (the build-time snapshot) is taken for it.
 */
import type { Manifest, ManifestTable } from '../../contract/manifest';
import { TABLES, type TableDef } from '../../contract/schema';
import { sha256Hex } from '../download';
import type { ActiveData, OverlayMode } from './types';
import type { Generation } from './build';

/** The text whose sha256 is the user data's checksum: mode, the sample's checksum where it still counts, each file in order. */
export function userChecksumInput(sample: Pick<Manifest, 'checksum'>, mode: OverlayMode, files: Generation['files']): string {
	const lines = [`cakupan user data 1`, `mode ${mode}`];
	if (mode === 'replace') lines.push(`sample ${sample.checksum}`);
	for (const f of files) lines.push(`file ${f.table} ${f.sha256} ${f.provinces.join(',')}`);
	return lines.join('\n') + '\n';
}

/** The manifest the views read for a generation of user data. */
export async function userManifest(sample: Manifest, mode: OverlayMode, generation: Generation): Promise<Manifest> {
	const checksum = await sha256Hex(new TextEncoder().encode(userChecksumInput(sample, mode, generation.files)));
	const files: ManifestTable[] = generation.files.map((f) => ({
		table: f.table,
		file: f.name,
		key: [...(TABLES[f.table] as TableDef).key],
		rows: f.rows,
		sha256: f.sha256
	}));
	const latest = generation.files.map((f) => f.loadedAt).sort().at(-1) ?? sample.generated_at;
	return {
		...sample,
		name: mode === 'replace' ? `${sample.name}+user` : 'user',
		title: mode === 'replace' ? `${sample.title} + user data` : 'User data',
		version: `user-${checksum.slice(0, 12)}`,
		generated_at: latest,
		// The sample's rows that remain are as synthetic as ever; each figure says whether it uses
		// any (`source.ts`), and a figure that does not say keeps the sample's mark.
		synthetic: mode === 'replace' ? sample.synthetic : false,
		period: generation.period ?? sample.period,
		tables: mode === 'replace' ? [...sample.tables, ...files] : files,
		checksum
	};
}

/** The active data when only the sample is in use. */
export function sampleData(sample: Manifest): ActiveData {
	return { kind: 'sample', mode: 'replace', files: [], userProvinces: {}, sampleProvinces: {}, detailProvinces: [], manifest: sample, sample };
}
