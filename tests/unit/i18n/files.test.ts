import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { en, id } from '$lib/i18n';
import * as enBlocks from '$lib/i18n/en';
import * as idBlocks from '$lib/i18n/id';

/**
 * The shared files and the namespaces each holds (src/lib/i18n/index.ts explains the split).
 * Every other file is a view's: its keys start with `<file name>.`. Moving a namespace or
 * adding a shared file means changing this table; adding a view does not.
 */
const SHARED: Readonly<Record<string, readonly string[]>> = {
	shell: ['app', 'nav', 'locale', 'synthetic'],
	load: ['load', 'error'],
	chart: ['chart'],
	export: ['export', 'provenance'],
	domain: ['segment', 'programme', 'denominator', 'region'],
	validate: ['validate'],
	import: ['import'],
	decline: ['decline'],
	informal: ['informal'],
	compare: ['compare'],
	villages: ['villages'],
	map: ['map'],
	userdata: ['userdata'],
	templates: ['templates']
};

type Blocks = Readonly<Record<string, Readonly<Record<string, string>>>>;

const namespace = (key: string) => key.split('.')[0]!;

/** Keys in the wrong file: a view's key without the view's prefix, a shared key outside its file's namespaces. */
function misplacedKeys(blocks: Blocks, shared = SHARED): string[] {
	return Object.entries(blocks).flatMap(([file, block]) =>
		Object.keys(block)
			.filter((key) =>
				Object.hasOwn(shared, file)
					? !shared[file]!.includes(namespace(key))
					: namespace(key) !== file
			)
			.map((key) => `${file}: ${key}`)
	);
}

/** Namespaces found in more than one file, with the files. */
function splitNamespaces(blocks: Blocks): string[] {
	const owners = new Map<string, Set<string>>();
	for (const [file, block] of Object.entries(blocks))
		for (const key of Object.keys(block))
			owners.set(namespace(key), (owners.get(namespace(key)) ?? new Set()).add(file));
	return [...owners].filter(([, files]) => files.size > 1).map(([ns, files]) => `${ns}: ${[...files].join(', ')}`);
}

describe('misplacedKeys and splitNamespaces', () => {
	const shared = { shell: ['app', 'nav'] };
	test('a view keeps its prefix, a shared file its namespaces', () => {
		const blocks = {
			shell: { 'app.name': 'x', 'nav.kantor': 'x', 'kantor.title': 'x' },
			kantor: { 'kantor.title2': 'x', 'overview.title': 'x', 'kantorx.a': 'x' }
		};
		expect(misplacedKeys(blocks, shared)).toEqual([
			'shell: kantor.title',
			'kantor: overview.title',
			'kantor: kantorx.a'
		]);
		expect(splitNamespaces(blocks)).toEqual(['kantor: shell, kantor']);
	});

	test('a well-placed set passes', () => {
		const blocks = { shell: { 'app.name': 'x' }, data: { 'data.title': 'x' } };
		expect(misplacedKeys(blocks, shared)).toEqual([]);
		expect(splitNamespaces(blocks)).toEqual([]);
	});
});

const I18N = join(import.meta.dirname, '../../../src/lib/i18n');
const LANGUAGES = [
	['id', idBlocks as Blocks, id],
	['en', enBlocks as Blocks, en]
] as const;

describe.each(LANGUAGES)('%s/', (language, blocks, dictionary) => {
	const dir = join(I18N, language);
	const fileNames = readdirSync(dir)
		.filter((file) => file.endsWith('.ts') && file !== 'index.ts')
		.map((file) => file.slice(0, -'.ts'.length));

	test('index.ts lists every file of the folder, each under its own name', async () => {
		expect(Object.keys(blocks).sort()).toEqual([...fileNames].sort());
		for (const file of fileNames) {
			const module = (await import(join(dir, `${file}.ts`))) as { messages: unknown };
			expect(blocks[file], file).toBe(module.messages);
		}
	});

	test('every key is in the file its prefix names', () => {
		expect(misplacedKeys(blocks)).toEqual([]);
		expect(splitNamespaces(blocks)).toEqual([]);
	});

	test('no key is in two files: the dictionary holds every file key once', () => {
		const total = Object.values(blocks).reduce((n, block) => n + Object.keys(block).length, 0);
		expect(Object.keys(dictionary)).toHaveLength(total);
		expect(total).toBeGreaterThan(150);
	});
});

test('the shared table matches the files: each shared namespace has keys in its file', () => {
	for (const [file, namespaces] of Object.entries(SHARED)) {
		const block = (idBlocks as Blocks)[file];
		expect(block, file).toBeDefined();
		expect(new Set(Object.keys(block!).map(namespace)), file).toEqual(new Set(namespaces));
	}
});

test('the views so far', () => {
	const views = Object.keys(idBlocks).filter((file) => !Object.hasOwn(SHARED, file));
	expect(views.sort()).toEqual(['data', 'kantor', 'methods', 'overview', 'penilaian']);
	expect(idBlocks.overview['overview.title']).toBe('Ikhtisar Nasional');
	expect(enBlocks.methods['methods.title']).toBe('Methodology');
});

test.each(Object.keys(idBlocks))('en/%s.ts has exactly the keys of id/%s.ts', (file) => {
	const idBlock = (idBlocks as Blocks)[file]!;
	const enBlock = (enBlocks as Blocks)[file];
	expect(Object.keys(enBlock ?? {}).sort()).toEqual(Object.keys(idBlock).sort());
});
