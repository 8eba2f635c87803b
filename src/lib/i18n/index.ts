// UI text: Bahasa Indonesia first (id.ts is the source of truth), English as a switch.
// The current locale lives in URL state (lib/state); pass it to t() or translator().
export { en } from './en';
export { id, type MessageKey } from './id';
export { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from './locale';
export {
	isMessageKey,
	placeholders,
	t,
	translator,
	type MessageParams,
	type Translate
} from './translate';
