/** A UI language: Bahasa Indonesia first, English as a switch. */
export type Locale = 'id' | 'en';

/** Every locale, the default first. */
export const LOCALES: readonly Locale[] = ['id', 'en'];

/** The locale used when none is given (or the URL holds an unknown one). */
export const DEFAULT_LOCALE: Locale = 'id';

/** True when `value` is a supported locale; use it to parse the `lang` URL parameter. */
export function isLocale(value: unknown): value is Locale {
	return value === 'id' || value === 'en';
}
