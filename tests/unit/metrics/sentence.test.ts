/**
 * The generated sentence on hand-made sums: the decomposition is worked out by hand in each
 * case and the expected sentences are written out in both languages (U+2212 minus signs).
 */
import { describe, expect, test } from 'vitest';
import { decompose } from '$lib/metrics';
import { declineSentence } from '$lib/metrics/sentence';
import type { MonthSums } from '$lib/views/common/months';

type Counts = [pu: number, bpu: number, jakon: number, pmi: number | null];

function sums(code: string, now: Counts, prev: Counts, eligible: number | null, eligiblePrev: number | null): MonthSums {
	const ucjOf = (c: Counts) => c[0] + c[1] + c[2];
	return {
		code, month: '2024-12',
		active_all: null, active_ucj: ucjOf(now),
		active_pu: now[0], active_bpu: now[1], active_jakon: now[2], active_pmi: now[3],
		non_active_all: null, working: null, formal: null, informal: null, eligible, target_pct: null,
		active_all_prev: null, active_ucj_prev: ucjOf(prev),
		active_pu_prev: prev[0], active_bpu_prev: prev[1], active_jakon_prev: prev[2], active_pmi_prev: prev[3],
		eligible_prev: eligiblePrev
	};
}

describe('Kabupaten Sukamara (fixture), December 2024 against December 2023', () => {
	// PU 6,000 → 5,400 (−600), BPU 1,500 → 1,600 (+100), JAKON 500 → 400 (−100), PMI 100 → 100;
	// eligible 28,000 → 29,000. Points: PU −60,000 / 29,000 = −2.07; BPU +0.34; JAKON −0.34;
	// workforce 100 × 8,000 × (1/29,000 − 1/28,000) = −0.985; total 25.517 − 28.571 = −3.054.
	const d = decompose(sums('6208', [5_400, 1_600, 400, 100], [6_000, 1_500, 500, 100], 29_000, 28_000));

	test('coverage points', () => {
		expect(declineSentence('Kabupaten Sukamara', d, 'points', 'id')).toBe(
			'Cakupan Kabupaten Sukamara turun 3,1 poin: PU −600 peserta (−2,1 poin), BPU +100 peserta (+0,3 poin), JAKON −100 peserta (−0,3 poin), pertambahan pekerja layak −1,0 poin.'
		);
		expect(declineSentence('Kabupaten Sukamara', d, 'points', 'en')).toBe(
			'Coverage of Kabupaten Sukamara fell by 3.1 points: PU −600 participants (−2.1 points), BPU +100 participants (+0.3 points), JAKON −100 participants (−0.3 points), more eligible workers −1.0 points.'
		);
	});

	test('participants, PMI apart', () => {
		expect(declineSentence('Kabupaten Sukamara', d, 'participants', 'id')).toBe(
			'Peserta aktif Kabupaten Sukamara turun 600: PU −600, BPU +100, JAKON −100; PMI, di luar cakupan, 0.'
		);
		expect(declineSentence('Kabupaten Sukamara', d, 'participants', 'en')).toBe(
			'Active participants in Kabupaten Sukamara fell by 600: PU −600, BPU +100, JAKON −100; PMI, outside coverage, 0.'
		);
	});
});

test('a rise from a shrinking workforce; unchanged segments and missing PMI are left out', () => {
	// PU 1,000 → 1,100; BPU 500 and JAKON 100 unchanged; eligible 10,000 → 9,000.
	// Total 100 × (1,700 / 9,000 − 1,600 / 10,000) = 18.889 − 16 = +2.889; PU 10,000 / 9,000 = +1.11;
	// workforce 100 × 1,600 × (1/9,000 − 1/10,000) = 160,000 / 90,000 = +1.78.
	const d = decompose(sums('9999', [1_100, 500, 100, null], [1_000, 500, 100, null], 9_000, 10_000));
	expect(declineSentence('Kota Contoh', d, 'points', 'en')).toBe(
		'Coverage of Kota Contoh rose by 2.9 points: PU +100 participants (+1.1 points), fewer eligible workers +1.8 points.'
	);
	expect(declineSentence('Kota Contoh', d, 'points', 'id')).toBe(
		'Cakupan Kota Contoh naik 2,9 poin: PU +100 peserta (+1,1 poin), berkurangnya pekerja layak +1,8 poin.'
	);
	expect(declineSentence('Kota Contoh', d, 'participants', 'id')).toBe('Peserta aktif Kota Contoh naik 100: PU +100.');
});

test('no change at all: the workforce effect is still said in points mode', () => {
	// 1,000 / 20,000 both years: every part is 0.
	const d = decompose(sums('9998', [1_000, 0, 0, 5], [1_000, 0, 0, 5], 20_000, 20_000));
	expect(declineSentence('Kota Contoh', d, 'points', 'id')).toBe('Cakupan Kota Contoh tidak berubah: tidak ada segmen yang berubah, perubahan pekerja layak 0,0 poin.');
	expect(declineSentence('Kota Contoh', d, 'participants', 'en')).toBe(
		'Active participants in Kota Contoh did not change: no segment changed; PMI, outside coverage, 0.'
	);
});

test('large figures are grouped the locale’s way; a missing decomposition gives no sentence', () => {
	// PU 1,000,000 → 997,900 (−2,100); eligible 4,000,000 → 4,000,000: −210,000 / 4,000,000 = −0.0525 points.
	const d = decompose(sums('9997', [997_900, 0, 0, 0], [1_000_000, 0, 0, 0], 4_000_000, 4_000_000));
	expect(declineSentence('Kota Besar', d, 'participants', 'id')).toBe('Peserta aktif Kota Besar turun 2.100: PU −2.100; PMI, di luar cakupan, 0.');
	expect(declineSentence('Kota Besar', d, 'participants', 'en')).toBe('Active participants in Kota Besar fell by 2,100: PU −2,100; PMI, outside coverage, 0.');
	expect(declineSentence('Kota Besar', d, 'points', 'en')).toBe(
		'Coverage of Kota Besar fell by 0.1 points: PU −2,100 participants (−0.1 points), change in eligible workers 0.0 points.'
	);
	const noWorkforce = decompose(sums('9996', [1, 0, 0, 0], [2, 0, 0, 0], null, 10));
	expect(declineSentence('X', noWorkforce, 'points', 'id')).toBeNull();
	expect(declineSentence('X', noWorkforce, 'participants', 'id')).toBe('Peserta aktif X turun 1: PU −1; PMI, di luar cakupan, 0.');
	expect(declineSentence('X', { code: 'x', participants: null, coverage: null }, 'participants', 'en')).toBeNull();
});
