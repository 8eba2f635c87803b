/**
 * A user's own rows over the sample, in the browser's engine (issue 11): see `overlay.ts` for the
 * switch, `build.ts` for what a generation holds, `source.ts` for which figures are the user's.
 */
export { createOverlay, localDay, type Overlay, type OverlayOptions, type OverlayTarget } from './overlay';
export { wasmOverlayTarget, type WasmConnection, type WasmDetail } from './target';
export { detailCopyName, type OverlayDetail } from './build';
export { userChecksumInput, userManifest, sampleData } from './manifest';
export {
	OverlayError,
	isOverlayError,
	type ActiveData,
	type ActiveFile,
	type OverlayErrorDetail,
	type OverlayErrorKind,
	type OverlayFile,
	type OverlayMode,
	type ProvincesByTable
} from './types';
export { figureSource, type DataSource, type FigureScope, type FigureSource } from './source';
export { overlayAttachDetail } from './attach-detail';
