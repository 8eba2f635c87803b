import { en, id, type Dictionary } from './dictionaries';
import type { MessageKey } from './id';
import type { Locale } from './locale';

/** Values for a message's {placeholders}: text already formatted for the locale (lib/format). */
export type MessageParams = Readonly<Record<string, string>>;

/** A `t` bound to one locale. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const DICTIONARIES: Record<Locale, Dictionary> = { id, en };

// A {placeholder}: letters, digits and underscores between braces.
const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * True when `key` names a message; narrows a key built from outside data (a URL parameter, say)
 * for t(). For a code of a closed vocabulary, use its helper instead (segmentKey in ./keys.ts).
 */
export function isMessageKey(key: string): key is MessageKey {
	return Object.hasOwn(id, key);
}

/**
 * The message for `key` in `locale` (default 'id') with its {placeholders} filled from `params`.
 * An unknown key comes back as itself and an unfilled placeholder stays as written, so a gap
 * shows on screen rather than as blank text (tests/unit/i18n prove src/ uses no unknown key).
 * @example t('load.downloading', { loaded: '12 MB', total: '40 MB' })
 *   // 'Mengunduh data… 12 MB dari 40 MB'
 */
export function t(key: MessageKey, params?: MessageParams, locale: Locale = 'id'): string {
	const message: string | undefined = DICTIONARIES[locale]?.[key] ?? id[key];
	if (message === undefined) return key;
	if (!params) return message;
	return message.replace(PLACEHOLDER, (whole, name: string) =>
		Object.hasOwn(params, name) ? params[name]! : whole
	);
}

/** The {placeholder} names in a message, in order of appearance. */
export function placeholders(message: string): string[] {
	return Array.from(message.matchAll(PLACEHOLDER), (match) => match[1]!);
}

/** `t` bound to `locale`; name the result `t` so the key check in tests/unit/i18n sees its calls. */
export function translator(locale: Locale): Translate {
	return (key, params) => t(key, params, locale);
}
