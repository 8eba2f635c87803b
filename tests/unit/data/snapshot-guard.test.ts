/**
 * The first-view snapshot (figures the build computed from the sample) answers only for the
 * sample, and never while a user's stored data is, or may yet be, applied.
 */
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import type { Manifest } from '$lib/contract/manifest';
import { userChecksumInput, userManifest } from '$lib/data/overlay';
import { snapshotServes } from '$lib/data/snapshot';

const SAMPLE = {
	format: 1, name: 'cakupan-sample', title: 'Sampel', version: '2025.12-s42', generated_at: '2026-01-01T00:00:00Z',
	synthetic: true, region_edition: 'x', period: { from: '2019-01', to: '2025-12' }, sources: [], tables: [], checksum: '1'.repeat(64)
} as Manifest;
const PART = { checksum: SAMPLE.checksum };

describe('snapshotServes', () => {
	test('the sample, no user data: the part of the sample’s checksum serves', () => {
		expect(snapshotServes(PART, { checksum: SAMPLE.checksum, userData: false })).toBe(true);
	});
	test('never while the stored user data is still being looked up, nor when some is to be applied', () => {
		expect(snapshotServes(PART, { checksum: SAMPLE.checksum, userData: undefined })).toBe(false);
		expect(snapshotServes(PART, { checksum: SAMPLE.checksum, userData: true })).toBe(false);
	});
	test('never for other data: a part of another checksum', () => {
		expect(snapshotServes({ checksum: '2'.repeat(64) }, { checksum: SAMPLE.checksum, userData: false })).toBe(false);
	});
});

describe('the manifest of user data', () => {
	const files = [{ id: 'f1', name: 'kalteng.csv', table: 'participation' as const, provinces: ['62'], rows: 15, columns: ['region_code'], loadedAt: '2026-12-01T10:00:00.000Z', sha256: 'c'.repeat(64) }];
	test('has a checksum of its own (sha256 of mode, sample checksum and files), so no sample part serves it', async () => {
		const m = await userManifest(SAMPLE, 'replace', { files, userProvinces: {}, sampleProvinces: {}, period: { from: '2019-01', to: '2026-03' }, detailProvinces: [] });
		const input = `cakupan user data 1\nmode replace\nsample ${'1'.repeat(64)}\nfile participation ${'c'.repeat(64)} 62\n`;
		expect(userChecksumInput(SAMPLE, 'replace', files)).toBe(input);
		expect(m.checksum).toBe(createHash('sha256').update(input).digest('hex'));
		expect(snapshotServes(PART, { checksum: m.checksum, userData: false })).toBe(false);
		expect(m).toMatchObject({ name: 'cakupan-sample+user', version: `user-${m.checksum.slice(0, 12)}`, synthetic: true, period: { from: '2019-01', to: '2026-03' } });
	});
	test('only my data: the sample’s checksum is not part of it, and nothing is synthetic', async () => {
		const m = await userManifest(SAMPLE, 'only-mine', { files, userProvinces: {}, sampleProvinces: {}, period: null, detailProvinces: [] });
		expect(m.checksum).toBe(createHash('sha256').update(`cakupan user data 1\nmode only-mine\nfile participation ${'c'.repeat(64)} 62\n`).digest('hex'));
		expect(m).toMatchObject({ name: 'user', synthetic: false, period: SAMPLE.period });
		expect(m.tables).toEqual([{ table: 'participation', file: 'kalteng.csv', key: ['region_code', 'month', 'segment'], rows: 15, sha256: 'c'.repeat(64) }]);
	});
});
