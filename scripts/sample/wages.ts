/** Wages per regency and year: the minimum-wage reference and the PU wage reported to BPJS. */
import { PROVINCES, WAGE_INDEX } from './anchors';
import { stream } from './prng';

/** A regency's wage level relative to its province (cities and industrial areas pay more). */
export function regencyWageFactor(seed: number, code: string): number {
	const key = `${seed}:${code}`;
	let f = factors.get(key);
	if (f === undefined) {
		const kota = Number(code.slice(2, 4)) >= 71;
		f = (kota ? 1.12 : 0.97) * stream(seed, 'wage', code).logNormal(0.08);
		factors.set(key, f);
	}
	return f;
}
const factors = new Map<string, number>();

/** Minimum-wage-like reference for a regency and year, rupiah a month (rounded to Rp1,000). */
export function referenceWage(seed: number, code: string, year: number): number {
	const p = PROVINCES[code.slice(0, 2)];
	if (!p) throw new Error(`no calibration anchor for province ${code.slice(0, 2)}`);
	return Math.round((p.wage2023 * WAGE_INDEX[year]! * regencyWageFactor(seed, code)) / 1000) * 1000;
}
