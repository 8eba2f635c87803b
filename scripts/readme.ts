/** `npm run readme`: rewrite README's generated URL-parameter section from the views registry. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withParamsSection } from '../src/lib/views/params-doc';

const path = fileURLToPath(new URL('../README.md', import.meta.url));
const before = readFileSync(path, 'utf8');
const after = withParamsSection(before);
writeFileSync(path, after);
console.log(after === before ? 'README.md: parameter section already current' : 'README.md: parameter section rewritten');
