// English: the same files and blocks as ../id/index.ts, in the same order. A missing or extra
// block is a type error in ../dictionaries.ts; a missing or extra key, one in its file.

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

// One file per view, named by the view's id.
export { messages as overview } from './overview';
export { messages as kantor } from './kantor';
export { messages as penilaian } from './penilaian';
export { messages as data } from './data';
export { messages as methods } from './methods';
