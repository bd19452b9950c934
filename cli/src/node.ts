/**
 * The CLI's Node-side pieces as a library, for the editor extension: the same file walk and ignores, file
 * reading and binary/size checks, config loading and baseline as `nhilint scan`, so that the editor, the hook and
 * CI agree. Bundled into the extension; nothing here starts a process or prints.
 */
export { walk, IgnoreRules, toPosix, type WalkEntry, type WalkOptions } from './sources/walk.js';
export { readTextFile, decode, binaryByExtension, DEFAULT_MAX_FILE_SIZE, type ReadResult } from './sources/read.js';
export { scanFile, scanText, type FileScanOptions, type FileOutcome } from './scan/scan-file.js';
export { loadConfig, findConfig, CONFIG_NAMES, UsageError } from './config.js';
export { readBaseline, addToBaseline, BASELINE_FILE, type BaselineEntry } from './baseline.js';
