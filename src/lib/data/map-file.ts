/**
 * The served map file's name, free of any import so the build script (plain Node) and the
 * service worker can use it; ./map re-exports it for the app.
 */

/** The simplified regency and province boundaries, under `DATA_PATH` (`/data/`). */
export const MAP_FILE = 'map-regencies.json';

/** The TopoJSON objects the map file holds: regencies (code, name) and provinces (code, name). */
export const MAP_OBJECTS = { regencies: 'regencies', provinces: 'provinces' } as const;
