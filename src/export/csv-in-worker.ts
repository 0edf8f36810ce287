import type { CsvTable } from './csv-table.ts';

/** The CSV text of a table, written by csv-worker.ts; fails where no worker can start. */
export function csvInWorker(table: CsvTable): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./csv-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<string>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error('The CSV writer could not start'));
    };
    worker.postMessage(table);
  });
}
