/**
 * UI text: Bahasa Indonesia first (id/ is the source of truth), English as a switch. The current
 * locale lives in URL state (lib/state); pass it to t() or translator().
 *
 * Where a string goes: one file per shared area or view, the same file name under id/ and en/,
 * each exporting `messages`, listed once in id/index.ts and en/index.ts under the file's name.
 * - Shared areas, used by more than one view: shell (app, nav, locale, synthetic), load (load,
 *   error; a DataError's message is `load.error.<kind>`), chart, export (export, provenance), domain (segment, programme, denominator,
 *   region), validate, import (findings on a user's file), templates (blank files to fill), and the parts two views share: decline (the decline finder and its
 *   decomposition), map, villages, compare, informal. A namespace lives in one file; the table in
 *   tests/unit/i18n/files.test.ts says which.
 * - Views: one file per view, named by the view's id, every key `<view id>.…`; the view's
 *   navigation label is `nav.<view id>` in shell. Ids: overview (`/`), kantor (`/kantor/`),
 *   methods (`/metodologi/`); next penilaian (`/penilaian/`), data (`/data/`). A string two views share
 *   moves to a shared area.
 * - Adding a view: id/<view>.ts and en/<view>.ts, plus one line in each index
 *   (`export { messages as <view> } from './<view>';`). TypeScript then requires the English
 *   file to have exactly the Indonesian keys; tests/unit/i18n checks placeholders and prefixes.
 *
 * Keys in source: pass t() a literal key, or a key from a typed record such as segmentKey()
 * (./keys.ts), which spells every key out. Never cast a built key (t(`segment.${s}` as
 * 'segment.PU')): the cast hides a wrong key from TypeScript, and
 * tests/unit/i18n/keys-used.test.ts fails on it.
 */
export { en, id } from './dictionaries';
export { type MessageKey } from './id';
export { segmentKey } from './keys';
export { isLocale, type Locale } from './locale';
export {
	isMessageKey,
	placeholders,
	t,
	translator,
	type MessageParams,
	type Translate
} from './translate';
