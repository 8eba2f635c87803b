/**
 * The `/data/` measures (issue 11) of one scale, from the `data` group's loads: a 1-province
 * participation file in each format, and a 10 MB CSV, each from the file picked to the first
 * figures updated (read + accept, see measures/data.ts).
 */
import { DATA_PAGE } from './config';
import type { DataFile, DataRuns, DataSample } from './measures/data';
import { measured, round, type Measured } from './results';
import { median } from './stats';
import type { MeasureKey, Scale } from './targets';

const KEYS: Record<DataFile, MeasureKey> = {
	csv: 'dataLoadCsv',
	xlsx: 'dataLoadXlsx',
	parquet: 'dataLoadParquet',
	largeCsv: 'dataLoadLargeCsv'
};

function note(file: DataFile, samples: readonly DataSample[]): string {
	const timed = samples.filter((s) => s.ms !== null);
	const phase = (pick: (s: DataSample) => number | null) => round(median(timed.map((s) => pick(s)!)));
	const problems = [...new Set(samples.map((s) => s.problem).filter(Boolean))];
	const memory = samples.map((s) => s.memoryBytes).filter((b): b is number => b !== null);
	return [
		`${samples[0]?.path.split('/').slice(-2).join('/') ?? (file === 'largeCsv' ? `${DATA_PAGE.largeCsvBytes / 1e6} MB CSV` : DATA_PAGE.files[file])}: fresh profile each; read (change → ${DATA_PAGE.stateAttr}=review) + accept (click → active)`,
		timed.length > 0 && `median read ${phase((s) => s.readMs)} ms, accept ${phase((s) => s.acceptMs)} ms`,
		memory.length > 0 && `renderer peak ${round(Math.max(...memory) / 1e6)} MB`,
		problems.length > 0 && `not measured: ${problems.join(' | ')}`
	]
		.filter(Boolean)
		.join('; ');
}

/** Every `/data/` measure of a scale (`not run (--only)` without the group). */
export function dataMeasures(scale: Scale, runs: DataRuns): Measured[] {
	return (Object.keys(KEYS) as DataFile[]).map((file) => {
		if (!runs) return measured(KEYS[file], scale, [], 'not run (opt-in group: --only data)');
		const samples = runs[file];
		return measured(KEYS[file], scale, samples.map((s) => s.ms).filter((ms): ms is number => ms !== null), note(file, samples));
	});
}
