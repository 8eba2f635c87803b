/**
 * Reading a user's own files into the data contract: Parquet, CSV and Excel .xlsx, told apart by
 * their bytes; each file matched to a contract table by its headers (`contract/match.ts`), read
 * cell by cell the way Indonesian office exports write numbers, months and region codes, and
 * checked with the dataset validator. Readers are loaded with dynamic `import()` only when a file
 * of their kind comes. Pure TypeScript over bytes: the same in the browser and in Node tests.
 */
export { checkParsedFile, prepareCheck, SCRATCH_SCHEMA, type CheckOptions } from './check';
export type { RegionRef } from './codes';
export type { ContractRow, NameProposal, Value } from './convert';
export { hasErrors, IMPORT_CODES, type ImportCode, type ImportFinding, type ImportSeverity } from './findings';
export { MAX_FILE_BYTES, PREVIEW_ROWS } from './limits';
export { checkFileSize, parseFile, parseUpload, type FileLike, type ParsedFile, type ParseOptions, type Preview } from './parse';
