/**
 * A user's accepted files, kept in the browser (issue 11): the rows as Arrow IPC (`arrow.ts`), the
 * store and its in-memory twin, the storage estimate and persistence request. The overlay
 * (`lib/data/overlay`) applies what `list()` returns.
 */
export { encodeRows, ipcColumns, ipcRowCount, EncodeError } from './arrow';
export { createUserDataStore, describeIpc, type StoreClock, type UserDataBackend } from './store';
export { createMemoryUserDataStore } from './memory';
export { openIdbUserDataStore, isUserDataStorageError, UserDataStorageError, USERDATA_DB, USERDATA_OBJECT_STORE } from './idb';
export { openUserDataStore, type OpenedUserData } from './open';
export { acceptFile, removeFile, setMode, useMine, useSample, type OverlaySwitch, type Skip } from './changes';
export { isReadable, usableFiles, type SkippedFile } from './readable';
export { requestPersistence, storageEstimate, type StorageManagerLike } from './storage';
export { DEFAULT_SETTINGS, type NewFile, type StorageEstimate, type StoredFile, type UserDataSettings, type UserDataStore } from './types';
