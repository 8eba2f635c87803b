import { expect, test } from 'vitest';
import { checksumInput, manifestProblems, parseManifest, shortChecksum } from '$lib/contract/manifest';
import { sha256Text } from '../../../scripts/lib/dataset-writer';
import { writeFixtureDataset } from '../../fixtures/load-fixture';

test('the fixture dataset writes a sound manifest whose rows and checksums match its files', async () => {
	const { manifest } = await writeFixtureDataset();
	expect(manifestProblems(manifest)).toEqual([]);
	const rows = Object.fromEntries(manifest.tables.map((t) => [t.table, t.rows]));
	// 5 regencies × 13 months × 4 segments; programmes: (5 + 3 + 2 + 3) per regency-month.
	expect(rows).toMatchObject({ regions: 19, workforce: 10, participation: 260, participation_programme: 5 * 13 * 13, candidates: 7 });
	expect(manifest.synthetic).toBe(true);
	expect(manifest.checksum).toBe(sha256Text(checksumInput(manifest.tables)));
	expect(shortChecksum(manifest.checksum)).toHaveLength(12);
});

test('shape problems name the JSON path', () => {
	const problems = manifestProblems({ format: 1, name: 'x', title: 'x', version: '1', generated_at: 'yesterday', synthetic: 'yes', region_edition: 'e', period: { from: '2024-13', to: '2024-12' }, sources: [], checksum: 'abc', tables: [{ table: 'nope', file: '../x.parquet', key: [], rows: -1, sha256: 'ABC' }] });
	expect(problems.map((p) => p.path)).toEqual([
		'$.generated_at', '$.synthetic', '$.period', '$.checksum',
		'$.tables[0].table', '$.tables[0].file', '$.tables[0].rows', '$.tables[0].sha256'
	]);
	expect(() => parseManifest(null)).toThrow(/invalid dataset.json: \$ not an object/);
});
