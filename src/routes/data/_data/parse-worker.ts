/**
 * The data page's parsing worker: reads one picked file in chunks (reporting the bytes read),
 * then parses it with `lib/import`'s `parseFile` (the readers are dynamic imports, so papaparse,
 * read-excel-file and hyparquet load here, in the worker the page starts ahead of a file). Off the main
 * thread, so a large file never freezes the page; the page cancels by terminating the worker.
 *
 * Messages: in {@link ParseRequest}; out {@link ParseMessage}.
 */
/// <reference lib="webworker" />
import { parseFile, type ParsedFile, type ParseOptions } from '$lib/import/parse';

/** What the page sends: the file (a File is cloned, not copied, into the worker) and the user's choices. */
export interface ParseRequest {
	readonly file: File;
	readonly options: ParseOptions;
}

/** What the worker says: ready (its module loaded), then per file progress (bytes), parsing, then done or failed. */
export type ParseMessage =
	| { readonly type: 'ready' }
	| { readonly type: 'progress'; readonly loaded: number; readonly total: number }
	| { readonly type: 'parsing' }
	| { readonly type: 'done'; readonly parsed: ParsedFile }
	| { readonly type: 'failed'; readonly message: string };

const post = (message: ParseMessage) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);

/** The file's bytes, read chunk by chunk so the page can show how far it is. */
async function readBytes(file: File): Promise<Uint8Array> {
	const bytes = new Uint8Array(file.size);
	const reader = file.stream().getReader();
	let loaded = 0;
	let reported = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		// A file that grew while read (it should not): keep what fits, the parser then sees it cut.
		bytes.set(value.subarray(0, Math.max(0, bytes.length - loaded)), loaded);
		loaded += value.length;
		// About a hundred reports at most, however large the file.
		if (loaded - reported >= file.size / 100 || loaded >= file.size) {
			reported = loaded;
			post({ type: 'progress', loaded: Math.min(loaded, file.size), total: file.size });
		}
	}
	return loaded < bytes.length ? bytes.subarray(0, loaded) : bytes;
}

self.onmessage = async (event: MessageEvent<ParseRequest>) => {
	const { file, options } = event.data;
	try {
		const bytes = await readBytes(file);
		post({ type: 'parsing' });
		post({ type: 'done', parsed: await parseFile({ name: file.name, bytes }, options) });
	} catch (error) {
		post({ type: 'failed', message: String((error as Error)?.message ?? error) });
	}
};

// Load the three readers while the user picks a file (this worker exists only on the data page,
// so they still load nowhere else), then tell the page this worker is ready. A reader that fails to
// load here is loaded again, and its failure reported, when a file needs it.
await Promise.allSettled([import('papaparse'), import('read-excel-file/universal'), import('hyparquet'), import('hyparquet-compressors')]);
post({ type: 'ready' });
