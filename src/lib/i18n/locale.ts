/** A UI language: Bahasa Indonesia first, English as a switch. */
export type Locale = 'id' | 'en';

/** True when `value` is a supported locale; use it to parse the `lang` URL parameter. */
export function isLocale(value: unknown): value is Locale {
	return value === 'id' || value === 'en';
}
