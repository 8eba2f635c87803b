// Bahasa Indonesia, the source of truth: one block per file, named after its file (../index.ts
// says which file a string goes in). Adding a view is one line here and one in ../en/index.ts.

// Shared by every view.
export { messages as shell } from './shell';
export { messages as load } from './load';
export { messages as chart } from './chart';
export { messages as export } from './export';
export { messages as domain } from './domain';
export { messages as validate } from './validate';
export { messages as import } from './import';
export { messages as decline } from './decline';
export { messages as informal } from './informal';
export { messages as compare } from './compare';
export { messages as villages } from './villages';
export { messages as map } from './map';
export { messages as userdata } from './userdata';
export { messages as templates } from './templates';

// One file per view, named by the view's id; every key in it starts with `<view id>.`.
export { messages as overview } from './overview';
export { messages as kantor } from './kantor';
export { messages as penilaian } from './penilaian';
export { messages as data } from './data';
export { messages as methods } from './methods';

// This module's own blocks, read as a type: MessageKey follows the list above without a second
// list to keep in step.
import type * as blocks from './index';

/** A message key: every key of every Indonesian file. */
export type MessageKey = {
	[Block in keyof typeof blocks]: keyof (typeof blocks)[Block] & string;
}[keyof typeof blocks];
