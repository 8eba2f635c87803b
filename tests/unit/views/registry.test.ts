import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { VIEWS, viewAt } from '$lib/views/registry';
import { paramsSection, PARAMS_END, PARAMS_START } from '$lib/views/params-doc';
import { isMessageKey } from '$lib/i18n';
import { SHARED_PARAMS } from '$lib/state/shared';

test('README’s parameter section is the one generated from the specs (npm run readme)', () => {
	const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
	const section = readme.slice(readme.indexOf(PARAMS_START), readme.indexOf(PARAMS_END) + PARAMS_END.length);
	expect(section).toBe(paramsSection());
	expect(section).toContain('| `wilayah` |');
});

test('every view has a unique id and path, a nav label that exists, and finds itself by path', () => {
	expect(new Set(VIEWS.map((v) => v.id)).size).toBe(VIEWS.length);
	expect(new Set(VIEWS.map((v) => v.path)).size).toBe(VIEWS.length);
	for (const view of VIEWS) {
		expect(isMessageKey(view.navKey), view.navKey).toBe(true);
		expect(view.path.endsWith('/')).toBe(true);
		expect(viewAt(view.path)?.id).toBe(view.id);
		expect(viewAt(view.path.replace(/\/$/, '') || '/')?.id).toBe(view.id);
	}
	expect(viewAt('/tidak-ada/')).toBeNull();
});

test('a view that uses a shared parameter uses the shared spec itself (one definition, one default)', () => {
	const shared = new Map(Object.values(SHARED_PARAMS).map((s) => [s.name, s]));
	for (const view of VIEWS) {
		for (const spec of Object.values(view.params.specs)) {
			if (shared.has(spec.name)) expect(spec, `${view.id}: ${spec.name}`).toBe(shared.get(spec.name));
			else expect(spec.shared, `${view.id}: ${spec.name}`).toBe(false);
		}
	}
});

test('the overview asks for the snapshot part of the area’s province', () => {
	const overview = VIEWS.find((v) => v.id === 'overview')!;
	expect(['', '?wilayah=32', '?wilayah=3273', '?wilayah=bad'].map((s) => overview.snapshotPart(s))).toEqual(['ID', '32', '32', 'ID']);
});
