/// <reference lib="webworker" />
/**
 * Writes a CSV file's text off the main thread: a list of thousands of issues stays responsive,
 * and papaparse loads here, never in the page's own scripts.
 */
import { csvFromTable, type CsvTable } from './csv.ts';

self.onmessage = (event: MessageEvent<CsvTable>) => {
  self.postMessage(csvFromTable(event.data));
};
