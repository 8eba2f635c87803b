import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { id } from '$lib/i18n';

/**
 * How src/ may name a message, and how this file checks it:
 * - a literal key passed to a function named `t`: t('app.name'), $t(`load.ready`) (name a
 *   translator `t`: const t = translator(locale));
 * - a literal key anywhere else, in a typed place: { key: 'nav.overview' }, message('validate.or'),
 *   a Record<Segment, MessageKey> such as segmentKey()'s (lib/i18n/keys.ts);
 * - a key built from outside data, narrowed with isMessageKey().
 * Every literal of the first two kinds must exist in id/ (a string literal shaped like a key
 * counts when its namespace is one of the dictionary's). A built key cast to a key type
 * (t(`segment.${s}` as 'segment.PU'), x as MessageKey) is refused: the cast hides a wrong key
 * from TypeScript and from this test. Write a typed record instead.
 */

/** A call of a function named `t` whose first argument is a string literal of key characters. */
const T_CALL = /\bt\(\s*(['"`])([\w.-]+)\1/g;

/** A string literal shaped like a key: a lowercase namespace, then dotted parts. */
const KEY_LITERAL = /(['"`])([a-z][a-zA-Z0-9]*(?:\.[a-zA-Z0-9]+)+)\1/g;

/** A template literal starting with a namespace and building the rest, then cast (not `as const`). */
const TEMPLATE_CAST = /`[a-z][a-zA-Z0-9]*\.[^`]*\$\{[^`]*`\s*as\s+(?!const\b)/g;

/** A cast to the key type: `… as MessageKey`. */
const MESSAGE_KEY_CAST = /\bas\s+MessageKey\b/g;

const NAMESPACES = new Set(Object.keys(id).map((key) => key.split('.')[0]!));

/** The keys a source text names literally: every t('…') argument, and every key-shaped literal of a known namespace. */
function literalKeys(source: string): string[] {
	const called = Array.from(source.matchAll(T_CALL), (match) => match[2]!);
	const shaped = Array.from(source.matchAll(KEY_LITERAL), (match) => match[2]!).filter((key) =>
		NAMESPACES.has(key.split('.')[0]!)
	);
	return [...new Set([...called, ...shaped])];
}

/** A source text without its comments (block, HTML, and line comments not inside a URL). */
function withoutComments(source: string): string {
	return source
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/(^|\s)\/\/.*$/gm, '$1');
}

/** The casts that hide a built key in a source text's code (comments may show one as a warning). */
function keyCasts(source: string): string[] {
	const code = withoutComments(source);
	return [...code.matchAll(TEMPLATE_CAST), ...code.matchAll(MESSAGE_KEY_CAST)].map(
		(match) => match[0]
	);
}

const SRC = join(import.meta.dirname, '../../../src');
const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
	.filter((file) => /\.(ts|svelte)$/.test(file))
	.map((file) => file.split('\\').join('/'));
const read = (file: string) => readFileSync(join(SRC, file), 'utf8');

/**
 * Casts left in files another developer is rewriting (the overview). The integrator replaces
 * each with t(segmentKey(…)) and removes its entry; the count must match exactly, so a stale
 * entry fails too.
 */
const PENDING_CASTS: Readonly<Record<string, number>> = {};

describe('literalKeys', () => {
	test.each([
		["t('app.name')", ['app.name']],
		['{t("nav.overview", { a: b })}', ['nav.overview']],
		["t( `load.ready` ) + $t('load.retry')", ['load.ready', 'load.retry']],
		["i18n.t('segment.PU')", ['segment.PU']],
		["t('no.such')", ['no.such']],
		["{ path: '/', key: 'nav.overview' }", ['nav.overview']],
		["{ PU: 'segment.PU', BPU: 'segment.BPUX' }", ['segment.PU', 'segment.BPUX']],
		["message('validate.or')", ['validate.or']],
		['t(`metric.${id}.label`)', []],
		['t(key)', []],
		["format('app.name') at('x') sort('y')", ['app.name']],
		["import '$lib/styles/app.css'; 'file.parquet'; 'a.b'", []],
		["t('app.name\")", []]
	])('%s -> %j', (source, expected) => {
		expect(literalKeys(source)).toEqual(expected);
	});
});

describe('keyCasts', () => {
	test.each([
		["t(`segment.${s}` as 'segment.PU')", ["`segment.${s}` as "]],
		['t(`segment.${r.decline.driver}` as MessageKey)', ['`segment.${r.decline.driver}` as ', 'as MessageKey']],
		['const k = key as MessageKey;', ['as MessageKey']],
		['t(segmentKey(s))', []],
		['t(`locale.name.${otherLocale}`)', []],
		['const k = `segment.${s}` as const;', []],
		['`${a}.${b}` as string', []],
		["// never t(`segment.${s}` as 'segment.PU')\n/** nor x as MessageKey */ <!-- `a.${b}` as X -->", []],
		["fetch('https://x.id/a'); t(`segment.${s}` as 'segment.PU')", ["`segment.${s}` as "]]
	])('%s -> %j', (source, expected) => {
		expect(keyCasts(source)).toEqual(expected);
	});
});

test('src/ is scanned', () => {
	expect(files).toContain('lib/i18n/translate.ts');
	expect(files).toContain('routes/+layout.svelte');
});

test('every key src/ names literally exists in id/', () => {
	const missing = files.flatMap((file) =>
		literalKeys(read(file))
			.filter((key) => !Object.hasOwn(id, key))
			.map((key) => `${file}: ${key}`)
	);
	expect(missing).toEqual([]);
});

test('the key scan sees keys outside t() calls', () => {
	expect(literalKeys(read('lib/views/registry.ts'))).toEqual(['nav.overview', 'nav.kantor', 'nav.penilaian', 'nav.data', 'nav.methods']);
	expect(literalKeys(read('lib/i18n/keys.ts'))).toEqual([
		'segment.PU',
		'segment.BPU',
		'segment.JAKON',
		'segment.PMI'
	]);
});

test('src/ casts no built key, apart from the pending ones', () => {
	const casts = Object.fromEntries(
		files.map((file) => [file, keyCasts(read(file)).length] as const).filter(([, n]) => n > 0)
	);
	expect(casts).toEqual(PENDING_CASTS);
});
