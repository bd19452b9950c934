/** A scan worker: builds its own Scanner from the same config, then scans the batches of paths it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { createScanner } from './scanner.js';
import { loadConfig } from '../config.js';
import { scanFile, type FileScanOptions } from './scan-file.js';

interface WorkerInit extends FileScanOptions {
  configPath?: string;
  root: string;
}

const init = workerData as WorkerInit;
const { config } = loadConfig(init.configPath, init.root);
const scanner = createScanner(config);

parentPort!.on('message', (batch: { path: string; abs: string }[]) => {
  parentPort!.postMessage(batch.map((e) => scanFile(scanner, e.path, e.abs, init)));
});
