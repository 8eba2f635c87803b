/**
 * The one generator of hostile links (issue 12), shared by the unit fuzz test
 * (`tests/unit/state/params-fuzz.test.ts`) and the end-to-end suite (`tests/e2e/hostile-urls.spec.ts`)
 * so both meet the same values: plausible ones (so valid states are reached too), SQL fragments,
 * script and template injection, 5,000+ character strings, unicode (RTL override, zero-width,
 * combining marks, other digits, emoji), raw and malformed percent-encoding, keys with no value,
 * repeated and unknown keys, and an empty query. Seeded and deterministic: the same seed gives the
 * same query strings in Node and in the browser, so a failure's seed reproduces it.
 *
 * Imported by relative path (no `$lib`): Playwright loads it outside Vite.
 */
import { seededRandom } from '../../src/lib/scoring/sensitivity';

export { seededRandom };

/** Values a parameter might legitimately hold somewhere in the app. */
export const PLAUSIBLE: readonly string[] = [
	'ID', '62', '64', '6401', '6201', '3201', '3271', '9471', '2024-12', '2023-12', '2022-01', '2026-11', 'en', 'id',
	'layak', 'bekerja', 'peserta', 'poin', '1', '0', '10', '100', '6401,6402', '6401,6402,6403', 'regency_government',
	'village_government', 'business', '2025', 'Balikpapan', 'PA2025-61-001', '20_10_10_10_10_10_10_10_10'
];

/** Values no parameter should accept (a few, like `1`-looking ones, some spec may: the tests allow that). */
export const HOSTILE: readonly string[] = [
	"'; DROP TABLE participation; --",
	"'; DROP TABLE regions; --",
	'1 OR 1=1',
	"1' OR '1'='1",
	'")--',
	"62' UNION SELECT * FROM regions --",
	'64); DELETE FROM workforce; --',
	"' ; ATTACH 'x.db' AS y; --",
	'${7*7}',
	'{{7*7}}',
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	'javascript:alert(1)',
	'%00',
	'\u0000',
	'%',
	'%2527',
	'\u202e6401',
	'64\u200b01',
	'\ufeff64',
	'٦٤',
	'６４',
	'64\u0301',
	'😀',
	'👨‍👩‍👧‍👦',
	'-1',
	'1e309',
	'NaN',
	'Infinity',
	'0x40',
	' 64 ',
	'64;62',
	',,,',
	'6401,,6402',
	'2024-13',
	'2024-00',
	'13/2024',
	'9999-12',
	'__proto__',
	'constructor',
	'true',
	'null',
	'undefined',
	'../../etc/passwd',
	'\\',
	'\n\r\t'
];

/** Keys no view reads, including ones that look like prototype or array keys. */
export const UNKNOWN_KEYS: readonly string[] = ['x', 'select', '__proto__', 'constructor', 'wilayah[]', 'WILAYAH', ''];

/**
 * Pieces of a raw query string that `URLSearchParams` cannot write: a key with no `=`, a pair
 * with no key, malformed and double percent-encoding, `+` for space, empty pairs. `{k}` is a
 * parameter name.
 */
const RAW_PAIRS: readonly string[] = ['{k}', '{k}=', '={k}', '{k}=%E0%A4%A', '{k}=%ZZ', '{k}=%252564', '{k}=6+4', '&&', '{k}=%F0%9F%98%80%E2%80%AE', '{k}%00=1'];

/** At least this long: past every parameter's length limit, and a real stress for the URL path. */
export const LONG_LENGTH = 5_000;

export type Random = () => number;

export function pick<T>(rnd: Random, list: readonly T[]): T {
	return list[Math.floor(rnd() * list.length)]!;
}

/** A string of at least {@link LONG_LENGTH} characters: a plausible or hostile value repeated. */
export function longValue(rnd: Random): string {
	const unit = rnd() < 0.5 ? pick(rnd, PLAUSIBLE) : pick(rnd, ['A', "'; DROP TABLE x; --", 'é', '😀', ',6401']);
	return unit.repeat(Math.ceil(LONG_LENGTH / unit.length) + Math.floor(rnd() * 50));
}

/** One value for a parameter. */
export function hostileValue(rnd: Random): string {
	const r = rnd();
	if (r < 0.33) return pick(rnd, PLAUSIBLE);
	if (r < 0.73) return pick(rnd, HOSTILE);
	if (r < 0.81) return pick(rnd, PLAUSIBLE).repeat(1 + Math.floor(rnd() * 40)); // long, under some limits
	if (r < 0.85) return longValue(rnd);
	if (r < 0.92) return pick(rnd, PLAUSIBLE) + pick(rnd, HOSTILE); // valid prefix, junk after
	return '';
}

/**
 * A raw query string (no `?`) of 1–6 pieces over `names` (a view's parameter names) and unknown
 * keys: mostly encoded pairs, keys possibly repeated, sometimes a raw piece, and about one in
 * forty an empty query (every key missing). Read it with `new URLSearchParams(q)`, as the app does.
 */
export function hostileQuery(rnd: Random, names: readonly string[]): string {
	if (rnd() < 0.025) return '';
	const parts: string[] = [];
	const n = 1 + Math.floor(rnd() * 6);
	for (let i = 0; i < n; i++) {
		const key = rnd() < 0.85 ? pick(rnd, names) : pick(rnd, UNKNOWN_KEYS);
		if (rnd() < 0.1) parts.push(pick(rnd, RAW_PAIRS).replaceAll('{k}', encodeURIComponent(key)));
		else parts.push(new URLSearchParams([[key, hostileValue(rnd)]]).toString());
	}
	return parts.join('&');
}
