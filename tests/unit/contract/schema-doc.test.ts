import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { renderSchemaDoc } from '$lib/contract/schema-doc';
import { TABLES } from '$lib/contract/schema';

test('data/SCHEMA.md is exactly what the schema module renders (run `npm run schema` after changing the contract)', () => {
	const onDisk = readFileSync(new URL('../../../data/SCHEMA.md', import.meta.url), 'utf8');
	expect(onDisk).toBe(renderSchemaDoc());
});

test('every table and column of the module appears in SCHEMA.md', () => {
	const doc = readFileSync(new URL('../../../data/SCHEMA.md', import.meta.url), 'utf8');
	for (const t of Object.values(TABLES)) {
		expect(doc).toContain(`### \`${t.name}\``);
		for (const c of t.columns) expect(doc).toContain(`| \`${c.name}\` | ${c.type}`);
	}
});

test('every key and sort column is a column of its table', () => {
	for (const t of Object.values(TABLES)) {
		const names = new Set<string>(t.columns.map((c) => c.name));
		for (const k of [...t.key, ...t.sortBy]) expect(names, `${t.name}.${k}`).toContain(k);
	}
});
