/**
 * The size of `/kantor/`'s map file as the server sends it: the `.br` and `.gz` the build's
 * precompression wrote beside `build/data/map-regencies.json` (bench/server.ts serves those to
 * a browser that accepts them). No browser needed.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { KANTOR } from '../config';
import type { Site } from '../site';

/** Bytes of the map file: raw, brotli and gzip (null: that file is not in the build). */
export interface MapFileSizes {
	readonly raw: number | null;
	readonly br: number | null;
	readonly gz: number | null;
}

const size = (path: string) => (existsSync(path) ? statSync(path).size : null);

/** The map file's sizes in the scale's build. */
export function mapFileSizes(site: Site): MapFileSizes {
	const path = join(site.buildDir, KANTOR.mapFile);
	return { raw: size(path), br: size(`${path}.br`), gz: size(`${path}.gz`) };
}
