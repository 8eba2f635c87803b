/**
 * `npm run data`: writes the synthetic sample (DOMAIN.md section 6) to data/sample, then runs the
 * dataset validator over it and fails on any error. The work is in scripts/sample/.
 *
 *   npm run data                                     # data/sample, seed 42
 *   npm run data -- --seed 7 --out /tmp/s7           # another seed elsewhere
 *   npm run data -- --provinces 61,62 --out /tmp/k   # only these provinces' rows (same rows as the full run)
 *   npm run data -- --scale village --out data/generated/village   # monthly villages in 32, 33, 35 (≈10 M rows)
 *   … --village-provinces 33,35                      # choose the monthly-village provinces
 *   … --no-validate                                  # skip the validator (tests that only compare content)
 */
import { parseArgs } from 'node:util';
import { DEFAULT_VILLAGE_PROVINCES, generateSample, type Scale } from './sample/generate';
import { validateOutput } from './sample/validate-output';

export const DEFAULT_SEED = 42;

const { values } = parseArgs({
	options: {
		seed: { type: 'string', default: String(DEFAULT_SEED) },
		out: { type: 'string' },
		provinces: { type: 'string' },
		scale: { type: 'string', default: 'sample' },
		'village-provinces': { type: 'string' },
		'no-validate': { type: 'boolean', default: false },
		quiet: { type: 'boolean', default: false }
	}
});

const seed = Number(values.seed);
if (!Number.isSafeInteger(seed) || seed < 0) throw new Error(`invalid --seed: ${values.seed}`);
const scale = values.scale as Scale;
if (scale !== 'sample' && scale !== 'village') throw new Error(`invalid --scale: ${values.scale} (sample or village)`);
const list = (s: string | undefined) => (s ? s.split(',').map((p) => p.trim()).filter(Boolean) : null);
const out = values.out ?? (scale === 'sample' ? 'data/sample' : 'data/generated/village');
const log = values.quiet ? () => {} : (line: string) => console.log(line);

const started = Date.now();
const manifest = await generateSample({
	seed,
	out,
	scale,
	provinces: list(values.provinces),
	villageProvinces: list(values['village-provinces']) ?? [...DEFAULT_VILLAGE_PROVINCES],
	log
});
const rows = manifest.tables.reduce((s, t) => s + t.rows, 0);
log(`${manifest.name} ${manifest.version}: ${rows.toLocaleString('en')} rows, checksum ${manifest.checksum.slice(0, 12)}`);

if (!values['no-validate']) {
	const outcome = await validateOutput(out);
	if (outcome.status === 'unavailable') {
		console.warn(`validator not available (src/lib/validate): ${outcome.reason}; the dataset was NOT validated`);
	} else {
		for (const f of [...outcome.errors, ...outcome.warnings]) {
			console[f.severity === 'error' ? 'error' : 'warn'](`${f.severity} ${f.rule} ${f.table ?? ''}${f.column ? '.' + f.column : ''}: ${f.message.en}`);
		}
		if (outcome.errors.length > 0) {
			console.error(`validation failed: ${outcome.errors.length} error(s) in ${out}`);
			process.exit(1);
		}
		log(`validated: no errors, ${outcome.warnings.length} warning(s)`);
	}
}
log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
