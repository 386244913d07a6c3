/** Shared steps of the import state tests: files, an in-process reader, and a flow's dependencies. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readImportFile, type PasteAs } from '$lib/import/import-read';
import type { Reading } from '$lib/import/import-worker-client';
import type { FactdeckDB } from '$lib/storage/db';
import { BankImport } from '$lib/import/bank-import.svelte';
import { freshDb } from '../storage/helpers';
import { loadSql } from '../core/formats/anki-builder';
import { FIXTURES } from '../core/formats/helpers';

export const T0 = new Date('2024-03-05T10:00:00Z');

/** A File of text, as a picker or a drop hands it over. */
export const textFile = (name: string, text: string) => new File([text], name, { type: 'text/plain' });

/** A File of one of the shared fixtures. */
export const fixtureFile = (path: string) => new File([readFileSync(join(FIXTURES, 'shared', path))], path.split('/').pop()!);

/** Reads in this thread, with the same code the worker runs. */
export const readHere = (file: File, _opts?: unknown, paste?: PasteAs): Reading => ({
	outcome: file.arrayBuffer().then((buffer) => readImportFile(file.name, new Uint8Array(buffer), loadSql, undefined, paste)),
	cancel() {}
});

/** A flow's dependencies: this database, a fixed clock, no shipped banks unless given. */
export const deps = (database: FactdeckDB, ensureShipped: () => Promise<void> = async () => {}) => ({
	database,
	now: () => T0,
	ensureShipped
});

/** The import page's state over a fresh database, reading in this thread. */
export function importer(database = freshDb()) {
	return { database, state: new BankImport({ ...deps(database), read: readHere }) };
}
