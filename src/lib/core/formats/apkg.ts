/**
 * Anki packages (.apkg): a zip holding the collection (SQLite) and media.
 * Legacy packages hold `collection.anki2` or `collection.anki21`; current
 * ones `collection.anki21b` (zstd-compressed) and a `meta` file naming the
 * version. sql.js is passed in, so core stays free of loading it: the
 * browser loads it lazily, Node through `initSqlJs()`.
 */
import type { SqlJsStatic } from 'sql.js';
import { CollectionRefused, readCollection, type AnkiCollection } from './anki-collection';
import { HistoryBuilder } from './anki-history';
import { historyWarnings, MAX_ANKI_REVIEWS } from './anki-history-words';
import { extractMedia, mediaList } from './anki-media';
import { noteQuestions } from './anki-notes';
import { readRevlog, revlogSize } from './anki-scheduling';
import { BankCollector } from './build';
import { failure, type ParseOptions, type ParseResult } from './errors';
import { pbNumber, readMessage } from './protobuf';
import { MAX_FILE_BYTES, titleFromName, tooLargeMessage } from './text';
import { DEFAULT_ZIP_LIMITS, listZip, readEntry, UnpackBudget, ZipError, type ZipEntry, type ZipLimits } from './zip';
import { unzstd } from './zstd';

export interface ApkgOptions extends ParseOptions {
	/** The initialised sql.js module. */
	sql: SqlJsStatic;
	limits?: Partial<ZipLimits>;
}

/** PackageMetadata.version: 1 and 2 legacy, 3 the current zstd format. */
const LATEST = 3;

function collectionEntry(entries: Map<string, ZipEntry>, version: number): { entry: ZipEntry; current: boolean } {
	const pick = (name: string) => entries.get(name);
	if (version === LATEST || (version === 0 && pick('collection.anki21b'))) {
		const entry = pick('collection.anki21b');
		if (entry) return { entry, current: true };
	}
	const entry = pick('collection.anki21') ?? pick('collection.anki2');
	if (!entry) throw new ZipError('not an Anki package: it holds no collection.anki2, collection.anki21 or collection.anki21b');
	return { entry, current: false };
}

/** A collection read: its notes and cards, its review log gathered card by card, and how many log rows it holds. */
interface Read {
	collection: AnkiCollection;
	history: HistoryBuilder;
	logRows: number;
}

/** Opens the collection and reads it; its bytes go out of scope here, so only sql.js's copy stays alive while reading. */
function openCollection(bytes: Uint8Array, entry: ZipEntry, current: boolean, limits: ZipLimits, budget: UnpackBudget, opts: ApkgOptions): Read {
	const raw = readEntry(bytes, entry, budget);
	const db = new opts.sql.Database(current ? unzstd(raw, limits.maxEntryBytes, entry.name, budget) : raw);
	try {
		const collection = readCollection(db);
		const history = new HistoryBuilder(collection);
		const logRows = revlogSize(db);
		// A log past the cap is not read at all: the notes still come, every card new.
		if (logRows <= MAX_ANKI_REVIEWS) readRevlog(db, MAX_ANKI_REVIEWS, (log) => history.add(log));
		return { collection, history, logRows };
	} finally {
		db.close();
	}
}

function read(bytes: Uint8Array, opts: ApkgOptions): ParseResult {
	const limits = { ...DEFAULT_ZIP_LIMITS, ...opts.limits };
	const budget = new UnpackBudget(limits.maxTotalBytes);
	const entries = new Map(listZip(bytes, limits).map((e) => [e.name, e] as [string, ZipEntry]));
	const metaEntry = entries.get('meta');
	const version = metaEntry ? pbNumber(readMessage(readEntry(bytes, metaEntry, budget)), 1) : 0;
	if (metaEntry && (version < 1 || version > LATEST)) {
		throw new ZipError('this package was made by a newer version of Anki; export it with "Support older Anki versions" ticked');
	}
	const { entry, current } = collectionEntry(entries, version);
	const { collection, history, logRows } = openCollection(bytes, entry, current, limits, budget, opts);
	const out = new BankCollector('apkg');
	const deckCounts = new Map<string, number>();
	for (const note of collection.notes) for (const d of note.deckIds) deckCounts.set(d, (deckCounts.get(d) ?? 0) + 1);
	const named = [...deckCounts].sort((a, b) => b[1] - a[1]).map(([id]) => collection.decks.get(id) ?? '');
	if (deckCounts.size > 1) out.warn(`the notes come from ${deckCounts.size} decks; they are imported into one bank, each question tagged with its deck`);
	const media = noteQuestions(collection, out, deckCounts.size > 1);
	if (media.sounds.size) out.warn(`sound and video are not supported; they are only named in the text: ${[...media.sounds].join(', ')}`);
	const list = mediaList(bytes, entries.get('media'), current, budget);
	const images = extractMedia(bytes, media.images, list, entries, budget);
	for (const w of images.warnings) out.warn(w.message);
	const deck = named[0]?.split('::').pop()?.trim();
	const title = opts.title ?? (deck && deck !== 'Default' ? deck : undefined) ?? titleFromName(opts.name) ?? 'Anki deck';
	const result = out.finish({ title }, images.media);
	if (!result.ok) return result;
	// Nothing to bring when the log was not read, or was empty and nothing is suspended.
	const read = logRows > 0 || collection.suspended.length > 0;
	const brought = read && logRows <= MAX_ANKI_REVIEWS ? history.finish(result.bank) : undefined;
	// About the whole file: before the warnings that name a note.
	const placed = result.warnings.findIndex((w) => w.line !== undefined || w.record !== undefined);
	const words = historyWarnings(brought?.summary, { logRows, studied: collection.studied.size }).map((message) => ({ message }));
	result.warnings.splice(placed < 0 ? result.warnings.length : placed, 0, ...words);
	return brought ? { ...result, history: brought } : result;
}

/** Parses an Anki package into a bank, its images, and what could not be brought over. */
export function parseApkg(bytes: Uint8Array, opts: ApkgOptions): ParseResult {
	if (bytes.byteLength > MAX_FILE_BYTES) return failure('apkg', [{ message: tooLargeMessage() }]);
	try {
		return read(bytes, opts);
	} catch (err) {
		// sql.js, fflate, fzstd and JSON report damage by throwing; all of it means the same to the user.
		if (err instanceof ZipError || err instanceof CollectionRefused) return failure('apkg', [{ message: err.message }]);
		const reason = err instanceof Error ? err.message : String(err);
		return failure('apkg', [{ message: `the Anki package is damaged or not an Anki package (${reason})` }]);
	}
}
