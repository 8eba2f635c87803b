/**
 * Parse a file in a worker of its own (`parse-worker.ts`): one worker per file, terminated when
 * the file is parsed or cancelled, so a cancelled parse stops at once and frees its memory. One
 * spare worker waits, started ahead, so a file's parse does not wait for a worker to load.
 * Vite bundles the worker as a same-origin module file (CSP `worker-src 'self'`).
 */
import type { ParsedFile, ParseOptions } from '$lib/import/parse';
import type { ParseMessage, ParseRequest } from './parse-worker';

/** Where a parse stands: bytes read, then parsing (no finer progress: the readers give none). */
export type ParseProgress = { readonly stage: 'reading'; readonly loaded: number; readonly total: number } | { readonly stage: 'parsing' };

/** A running parse. */
export interface ParseJob {
	readonly result: Promise<ParsedFile>;
	/** Stop the worker; `result` rejects with a {@link ParseCancelled}. */
	cancel(): void;
}

/** The user cancelled the parse. */
export class ParseCancelled extends Error {
	override readonly name = 'ParseCancelled';
}

function startWorker(): Worker {
	return new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' });
}

/** A worker started ahead of the next file, its module already loading (see {@link prepareParser}), and when it has loaded. */
let spare: { worker: Worker; ready: Promise<void> } | null = null;

/**
 * Start the next file's worker now (the page calls it once it is shown, and each parse starts
 * the following one): loading and compiling the worker's module then happens while the user picks
 * a file, not after. Resolves once the worker has loaded (or failed to: the parse will say so).
 */
export function prepareParser(): Promise<void> {
	if (typeof Worker === 'undefined') return Promise.resolve();
	if (!spare) {
		const worker = startWorker();
		const ready = new Promise<void>((resolve) => {
			worker.onmessage = (event: MessageEvent<ParseMessage>) => {
				if (event.data.type === 'ready') resolve();
			};
			worker.onerror = () => resolve();
		});
		spare = { worker, ready };
	}
	return spare.ready;
}

/** Start parsing `file` with `options`; `onProgress` hears the bytes read and the parse starting. */
export function parseInWorker(file: File, options: ParseOptions, onProgress: (progress: ParseProgress) => void): ParseJob {
	const worker = spare?.worker ?? startWorker();
	spare = null;
	void prepareParser();
	let cancel = () => {};
	const result = new Promise<ParsedFile>((resolve, reject) => {
		const finish = () => worker.terminate();
		cancel = () => {
			finish();
			reject(new ParseCancelled(`parsing ${file.name} was cancelled`));
		};
		worker.onmessage = (event: MessageEvent<ParseMessage>) => {
			const message = event.data;
			if (message.type === 'ready') return;
			if (message.type === 'progress') onProgress({ stage: 'reading', loaded: message.loaded, total: message.total });
			else if (message.type === 'parsing') onProgress({ stage: 'parsing' });
			else {
				finish();
				if (message.type === 'done') resolve(message.parsed);
				else reject(new Error(message.message));
			}
		};
		worker.onerror = (event) => {
			finish();
			reject(new Error(event.message || 'the parsing worker failed'));
		};
		worker.postMessage({ file, options } satisfies ParseRequest);
	});
	return { result, cancel: () => cancel() };
}
