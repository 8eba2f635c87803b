import * as enBlocks from './en';
import * as idBlocks from './id';
import type { MessageKey } from './id';

/** Every Indonesian block by file name (shell, load, …, overview, methods). */
export type Blocks = typeof idBlocks;

/** The English of one Indonesian block: exactly its keys, each a string. */
export type Translation<Block> = { readonly [K in keyof Block]: string };

/** A whole dictionary: one message per key. */
export type Dictionary = Readonly<Record<MessageKey, string>>;

// en/index.ts must export a translation of every Indonesian block, and no block of its own.
const enChecked: { readonly [B in keyof Blocks]: Translation<Blocks[B]> } = enBlocks;
type ExtraEnglishBlock = Exclude<keyof typeof enBlocks, keyof Blocks>;
const noExtraEnglishBlock: [ExtraEnglishBlock] extends [never] ? true : ExtraEnglishBlock = true;
void noExtraEnglishBlock;

// One flat dictionary from a language's blocks; tests/unit/i18n proves no key is in two files,
// so no block overwrites another's message here.
function merge(blocks: object): Dictionary {
	return Object.freeze(Object.assign({}, ...Object.values(blocks))) as Dictionary;
}

/** Indonesian UI strings by key: the union of the files in id/. */
export const id: Dictionary = merge(idBlocks);

/** English UI strings by key: the same keys and {placeholders} as `id`. */
export const en: Dictionary = merge(enChecked);
