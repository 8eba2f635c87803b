// All data work happens in the browser (DuckDB-WASM); pages are prerendered shells.
export const ssr = false;
export const prerender = true;
export const trailingSlash = 'always';
