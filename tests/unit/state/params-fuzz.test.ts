/**
 * Hostile URLs against every view's parameters (issue 12), from the registry: seeded random query
 * strings built of SQL fragments, very long strings, unicode, numbers at their edges, lists,
 * repeated and unknown keys. Whatever a link holds, reading it must
 *   - never throw;
 *   - use a parameter's first value only if its spec parses it, else the default, and report it
 *     (cut to the spec's length) exactly when it was present, non-empty and unusable;
 *   - give a state that is itself a valid link: written and read back it is the same state with no
 *     problem, and writing is stable (the URL the app writes after a hostile link is clean).
 * The end-to-end half (the page shows a notice and right figures, no table altered) is the
 * e2e suite's. Seed: FUZZ_SEED (default fixed, printed on failure); count: FUZZ_RUNS per view.
 */
import { describe, expect, test } from 'vitest';
import { seededRandom as random } from '$lib/scoring/sensitivity';
import { MAX_PARAM_LENGTH, type ParamSet, type ParamSpec, type ParamSpecs } from '$lib/state/spec';
import { VIEWS } from '$lib/views/registry';

const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const RUNS = Number(process.env.FUZZ_RUNS ?? 400);

/** Values a parameter might meet: plausible ones (so valid states are reached too) and hostile ones. */
const PLAUSIBLE = ['ID', '62', '64', '6401', '6201', '3201', '3271', '9471', '2024-12', '2023-12', '2022-01', '2026-11', 'en', 'id', 'layak', 'bekerja', 'peserta', 'poin', '1', '0', '10', '100', '6401,6402', '6401,6402,6403', 'regency_government', 'village_government', 'business', '2025'];
const HOSTILE = [
	"'; DROP TABLE participation; --",
	'1 OR 1=1',
	'")--',
	"62' UNION SELECT * FROM regions --",
	'${7*7}',
	'<script>alert(1)</script>',
	'%00',
	'\u0000',
	'\u202e6401',
	'٦٤',
	'６４',
	'64\u0301',
	'😀',
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
	'undefined'
];
const UNKNOWN_KEYS = ['x', 'select', '__proto__', 'constructor', 'wilayah[]', 'WILAYAH', ''];

function pick<T>(rnd: () => number, list: readonly T[]): T {
	return list[Math.floor(rnd() * list.length)]!;
}

function value(rnd: () => number): string {
	const r = rnd();
	if (r < 0.35) return pick(rnd, PLAUSIBLE);
	if (r < 0.75) return pick(rnd, HOSTILE);
	if (r < 0.85) return pick(rnd, PLAUSIBLE).repeat(1 + Math.floor(rnd() * 40)); // long
	if (r < 0.92) return pick(rnd, PLAUSIBLE) + pick(rnd, HOSTILE); // valid prefix, junk after
	return '';
}

/** A query string of 1–6 pairs over the view's names and unknown keys, keys possibly repeated. */
function query(rnd: () => number, names: readonly string[]): string {
	const params = new URLSearchParams();
	const n = 1 + Math.floor(rnd() * 6);
	for (let i = 0; i < n; i++) params.append(rnd() < 0.85 ? pick(rnd, names) : pick(rnd, UNKNOWN_KEYS), value(rnd));
	return params.toString();
}

describe.each(VIEWS.map((v) => [v.id, v] as const))('hostile links to %s', (_id, view) => {
	// Widened: over the union of the views' sets, write() would take the intersection of their states.
	const params: ParamSet<ParamSpecs> = view.params;
	const specs = Object.entries(params.specs) as [string, ParamSpec<unknown>][];
	const names = specs.map(([, s]) => s.name);

	test(`${RUNS} seeded random links: first value used only when valid, problems exact, state always a clean link`, () => {
		const rnd = random(SEED ^ view.id.length);
		for (let i = 0; i < RUNS; i++) {
			const q = query(rnd, names);
			const where = `seed ${SEED}, case ${i}, ?${q}`;
			let read: ReturnType<typeof params.read>;
			expect(() => (read = params.read(q)), where).not.toThrow();
			const { state, problems } = read!;
			const search = new URLSearchParams(q);
			const expectedProblems: { param: string; value: string }[] = [];
			for (const [key, spec] of specs) {
				const raw = search.get(spec.name);
				const max = spec.maxLength ?? MAX_PARAM_LENGTH;
				const parsed = raw === null || raw === '' || raw.length > max ? undefined : spec.parse(raw);
				if (raw !== null && raw !== '' && parsed === undefined) expectedProblems.push({ param: spec.name, value: raw.slice(0, max) });
				expect((state as Record<string, unknown>)[key], `${where}: ${spec.name}`).toEqual(parsed === undefined ? spec.default : parsed);
			}
			expect(problems, where).toEqual(expectedProblems);

			const written = params.write(state);
			const again = params.read(written.replace(/^\?/, ''));
			expect(again.problems, `${where} → ${written}`).toEqual([]);
			expect(again.state, `${where} → ${written}`).toEqual(state);
			expect(params.write(again.state), where).toBe(written);
		}
	});

	test('each hostile value alone, in each parameter: the default and one problem', () => {
		for (const [key, spec] of specs) {
			for (const bad of HOSTILE) {
				const parsed = spec.parse(bad);
				if (parsed !== undefined) {
					// Only a value the spec really accepts may pass (e.g. '1' for a flag): it must write back to itself.
					expect(spec.parse(spec.write(parsed) ?? bad), `${spec.name}=${bad}`).toEqual(parsed);
					continue;
				}
				const { state, problems } = params.read(new URLSearchParams({ [spec.name]: bad }));
				expect((state as Record<string, unknown>)[key], `${spec.name}=${bad}`).toEqual(spec.default);
				expect(problems, `${spec.name}=${bad}`).toEqual(bad === '' ? [] : [{ param: spec.name, value: bad.slice(0, spec.maxLength ?? MAX_PARAM_LENGTH) }]);
			}
		}
	});
});
