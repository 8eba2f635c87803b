/** Writes data/SCHEMA.md from the schema module (`npm run schema`). */
import { writeFileSync } from 'node:fs';
import { renderSchemaDoc } from '../src/lib/contract/schema-doc';

writeFileSync(new URL('../data/SCHEMA.md', import.meta.url), renderSchemaDoc());
console.log('wrote data/SCHEMA.md');
