/**
 * The generated sentence for one hand-picked regency of the built sample: Kota Balikpapan (6471),
 * December 2025 against December 2024, read as the view reads it (its province's regencies from
 * `area_monthly`, its name from `area_names`, on DuckDB-WASM). The expected sentences are
 * written by hand from the figures, looked up once:
 *
 *   2024-12: PU 421,833  BPU 57,779  JAKON 16,662  (ucj 496,274)  PMI 34  eligible 350,972
 *   2025-12: PU 371,052  BPU 50,895  JAKON 24,814  (ucj 446,761)  PMI 28  eligible 357,937
 *   change:  PU −50,781  BPU −6,884  JAKON +8,152  = −49,513;      PMI −6; eligible +6,965
 *   points:  PU −5,078,100 / 357,937 = −14.19; BPU −688,400 / 357,937 = −1.92;
 *            JAKON +815,200 / 357,937 = +2.28;
 *            workforce 100 × 496,274 × (1/357,937 − 1/350,972) = −2.75;
 *            total 124.82 % − 141.40 % = −16.58 points (coverage above 100 % is shown as it is).
 */
import { beforeAll, expect, test } from 'vitest';
import type { NodeDb } from '$lib/data/node';
import { declines } from '$lib/metrics';
import { declineSentence } from '$lib/metrics/sentence';
import { childMonthly, type MonthlySums } from '$lib/queries/monthly';
import { areaChoices, type RegionRow } from '$lib/queries/regions';
import { indexMonths, sumsAt } from '$lib/views/common/months';
import { siteDb } from './setup';

let db: NodeDb;
beforeAll(async () => {
	db = await siteDb();
}, 120_000);

test('Kota Balikpapan, December 2025: the sentence in Bahasa Indonesia and English', async () => {
	const index = indexMonths(await db.query<MonthlySums & Record<string, unknown>>(childMonthly({ area: '64' })));
	const names = await db.query<RegionRow & Record<string, unknown>>(areaChoices({ province: '64' }));
	const name = names.find((n) => n.code === '6471')!.name;
	expect(name).toBe('Kota Balikpapan');

	const fell = declines([...index.keys()].map((code) => sumsAt(index, code, '2025-12')), 'points');
	const d = fell.find((x) => x.code === '6471')!;
	expect(d.participants).toEqual({ total: -49_513, segments: { PU: -50_781, BPU: -6_884, JAKON: 8_152 }, pmi: -6 });
	expect(d.coverage!.total).toBeCloseTo(100 * (446_761 / 357_937 - 496_274 / 350_972), 10);

	expect(declineSentence(name, d, 'points', 'id')).toBe(
		'Cakupan Kota Balikpapan turun 16,6 poin: PU −50.781 peserta (−14,2 poin), BPU −6.884 peserta (−1,9 poin), JAKON +8.152 peserta (+2,3 poin), pertambahan pekerja layak −2,8 poin.'
	);
	expect(declineSentence(name, d, 'points', 'en')).toBe(
		'Coverage of Kota Balikpapan fell by 16.6 points: PU −50,781 participants (−14.2 points), BPU −6,884 participants (−1.9 points), JAKON +8,152 participants (+2.3 points), more eligible workers −2.8 points.'
	);
	expect(declineSentence(name, d, 'participants', 'id')).toBe(
		'Peserta aktif Kota Balikpapan turun 49.513: PU −50.781, BPU −6.884, JAKON +8.152; PMI, di luar cakupan, −6.'
	);
	expect(declineSentence(name, d, 'participants', 'en')).toBe(
		'Active participants in Kota Balikpapan fell by 49,513: PU −50,781, BPU −6,884, JAKON +8,152; PMI, outside coverage, −6.'
	);
});
