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
 * e2e suite's (`tests/e2e/hostile-urls.spec.ts`), fed by the same generator
 * (`tests/helpers/hostile-params.ts`). Seed: FUZZ_SEED (default fixed, printed on failure); count:
 * FUZZ_RUNS per view.
 */
import { describe, expect, test } from 'vitest';
import { MAX_PARAM_LENGTH, type ParamSet, type ParamSpec, type ParamSpecs } from '$lib/state/spec';
import { VIEWS } from '$lib/views/registry';
import { HOSTILE, hostileQuery as query, seededRandom as random } from '../../helpers/hostile-params';

const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const RUNS = Number(process.env.FUZZ_RUNS ?? 400);

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

// The shared generator must really produce each kind of hostile link it claims to, at the default count.
test('the generator reaches every kind of hostile link: long, SQL, unicode, raw encoding, repeated, unknown, missing', () => {
	const rnd = random(SEED);
	const names = Object.values(VIEWS[0].params.specs).map((s) => s.name);
	const queries = Array.from({ length: RUNS }, () => query(rnd, names));
	const pairs = queries.map((q) => [...new URLSearchParams(q)]);
	const kinds = {
		long: pairs.some((ps) => ps.some(([, v]) => v.length >= 5_000)),
		sql: pairs.some((ps) => ps.some(([, v]) => /DROP TABLE|OR 1=1|UNION SELECT/.test(v))),
		unicode: pairs.some((ps) => ps.some(([, v]) => /[\u202e\u200b\u{1F600}]/u.test(v))),
		rawEncoding: queries.some((q) => /%E0%A4%A(&|$)|%ZZ|%2525/.test(q)),
		keyWithoutValue: queries.some((q) => q.split('&').some((p) => p !== '' && !p.includes('='))),
		repeated: pairs.some((ps) => new Set(ps.map(([k]) => k)).size < ps.length),
		unknown: pairs.some((ps) => ps.some(([k]) => !names.includes(k))),
		missing: queries.includes('')
	};
	expect(kinds, `seed ${SEED}`).toEqual(Object.fromEntries(Object.keys(kinds).map((k) => [k, true])));
});
