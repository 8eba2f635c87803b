/**
 * Seeded randomness for the sample. Every draw comes from a stream named by the seed and a key
 * (`stream(seed, 'participation', '6201')`), so a region's figures do not depend on how many
 * other regions were drawn before it: a run limited to a few provinces gives the same rows for
 * them as the full run. sfc32 (Chris Doty-Humphrey's Small Fast Counter) seeded through cyrb128.
 */

/** A 128-bit hash of a string as four 32-bit words (cyrb128, public domain). */
function cyrb128(text: string): [number, number, number, number] {
	let h1 = 1779033703, h2 = 3144134277, h3 = 1013904242, h4 = 2773480762;
	for (let i = 0; i < text.length; i++) {
		const k = text.charCodeAt(i);
		h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
		h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
		h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
		h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
	}
	h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
	h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
	h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
	h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
	h1 ^= h2 ^ h3 ^ h4;
	h2 ^= h1;
	h3 ^= h1;
	h4 ^= h1;
	return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** A seeded stream of uniform numbers with the few distributions the generator needs. */
export class Rng {
	private a: number;
	private b: number;
	private c: number;
	private d: number;
	private spare: number | null = null;

	constructor(words: [number, number, number, number]) {
		[this.a, this.b, this.c, this.d] = words;
		for (let i = 0; i < 12; i++) this.next(); // sfc32 wants a short warm-up
	}

	/** Uniform in [0, 1). */
	next(): number {
		const t = (((this.a + this.b) | 0) + this.d) | 0;
		this.d = (this.d + 1) | 0;
		this.a = this.b ^ (this.b >>> 9);
		this.b = (this.c + (this.c << 3)) | 0;
		this.c = (this.c << 21) | (this.c >>> 11);
		this.c = (this.c + t) | 0;
		return (t >>> 0) / 4294967296;
	}

	/** Uniform in [lo, hi). */
	uniform(lo: number, hi: number): number {
		return lo + (hi - lo) * this.next();
	}

	/** Whole number in [lo, hi], both ends included. */
	int(lo: number, hi: number): number {
		return lo + Math.floor(this.next() * (hi - lo + 1));
	}

	/** True with probability p. */
	chance(p: number): boolean {
		return this.next() < p;
	}

	/** Standard normal (Marsaglia polar method). */
	normal(): number {
		if (this.spare !== null) {
			const s = this.spare;
			this.spare = null;
			return s;
		}
		let u: number, v: number, s: number;
		do {
			u = this.next() * 2 - 1;
			v = this.next() * 2 - 1;
			s = u * u + v * v;
		} while (s >= 1 || s === 0);
		const f = Math.sqrt((-2 * Math.log(s)) / s);
		this.spare = v * f;
		return u * f;
	}

	/** exp(N(0, sigma²)): a positive factor around 1. */
	logNormal(sigma: number): number {
		return Math.exp(sigma * this.normal());
	}

	/** One element of a non-empty list. */
	pick<T>(items: readonly T[]): T {
		if (items.length === 0) throw new Error('pick from an empty list');
		return items[Math.floor(this.next() * items.length)]!;
	}

	/** One element drawn by weight. */
	weighted<T>(items: readonly T[], weights: readonly number[]): T {
		const total = weights.reduce((s, w) => s + w, 0);
		let r = this.next() * total;
		for (let i = 0; i < items.length; i++) {
			r -= weights[i]!;
			if (r < 0) return items[i]!;
		}
		return items[items.length - 1]!;
	}
}

/** The stream for one seed and key: same seed and key, same numbers, whatever ran before. */
export function stream(seed: number, ...key: (string | number)[]): Rng {
	return new Rng(cyrb128(`${seed}\u0000${key.join('\u0000')}`));
}
