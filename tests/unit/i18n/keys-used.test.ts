import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { id } from '$lib/i18n';

/**
 * A call of a function named `t` whose first argument is a string literal of key characters:
 * t('app.name'), t("nav.nasional", …), $t(`load.ready`). Built keys (t(`metric.${m}.label`),
 * t(key)) don't match and are not checked here: narrow them with isMessageKey(). A translator
 * must therefore be named `t` (const t = translator(locale)) for its calls to be checked.
 */
const T_CALL = /\bt\(\s*(['"`])([\w.-]+)\1/g;

/** The literal keys passed to t() in a source text. */
function literalKeys(source: string): string[] {
	return Array.from(source.matchAll(T_CALL), (match) => match[2]!);
}

const SRC = join(import.meta.dirname, '../../../src');
const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
	.filter((file) => /\.(ts|svelte)$/.test(file))
	.map((file) => join(SRC, file));

describe('T_CALL', () => {
	test.each([
		["t('app.name')", ['app.name']],
		['{t("nav.nasional", { a: b })}', ['nav.nasional']],
		['t( `load.ready` ) + $t(\'load.retry\')', ['load.ready', 'load.retry']],
		["i18n.t('segment.PU')", ['segment.PU']],
		['t(`metric.${id}.label`)', []],
		['t(key)', []],
		["format('app.name') at('x') sort('y')", []],
		['t(\'app.name")', []]
	])('%s -> %j', (source, expected) => {
		expect(literalKeys(source)).toEqual(expected);
	});
});

test('src/ is scanned', () => {
	expect(files.some((file) => file.endsWith(join('lib', 'i18n', 'translate.ts')))).toBe(true);
});

test('every literal key passed to t() in src/ exists in id.ts', () => {
	const missing = files.flatMap((file) =>
		literalKeys(readFileSync(file, 'utf8'))
			.filter((key) => !Object.hasOwn(id, key))
			.map((key) => `${file.slice(SRC.length + 1)}: ${key}`)
	);
	expect(missing).toEqual([]);
});
