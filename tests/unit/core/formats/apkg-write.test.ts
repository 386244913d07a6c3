// @vitest-environment node
/**
 * Export to Anki: a bank of every type with tags, an image and a history,
 * written as an .apkg and read back with Factdeck's own Anki importer.
 */
import type { SqlJsStatic } from 'sql.js';
import { unzipSync } from 'fflate';
import type { Bank } from '$lib/core/bank/schema';
import { historyReviews } from '$lib/core/formats/anki-replay';
import { parseApkg } from '$lib/core/formats/apkg';
import { ApkgWriteError, writeApkg, type ApkgWriteOptions } from '$lib/core/formats/apkg-write';
import { CardStateKind } from '$lib/core/srs/types';
import { loadSql } from './anki-builder';
import { exportBank, exportHistory, NOW, PNG } from './apkg-write-bank';
import { ok } from './helpers';

let sql: SqlJsStatic;
beforeAll(async () => {
	sql = await loadSql();
});

const media = new Map([['loire.png', PNG]]);
const write = (bank: Bank, extra: Partial<ApkgWriteOptions> = {}) => writeApkg(bank, { sql, now: NOW, media, ...extra });
const readBack = (bytes: Uint8Array) => ok(parseApkg(bytes, { sql, name: 'export.apkg' }));

describe('writeApkg read back by the importer', () => {
	it('brings every question back with its text, tags and image', () => {
		const bank = exportBank();
		const r = readBack(write(bank));
		expect(r.bank.title).toBe('Rivers of Europe');
		const got = r.bank.questions.map((x) => ({ type: x.type, prompt: x.prompt, answer: x.answer, explanation: x.explanation || undefined, tags: x.tags }));
		expect(got).toEqual([
			{
				type: 'flashcard',
				prompt: 'Longest river of France\n[image: loire.png]',
				answer: 'Loire',
				explanation: undefined,
				tags: ['geography', 'france', 'long_rivers']
			},
			{ type: 'cloze', prompt: 'The ____ flows through Vienna.', answer: 'Danube', explanation: 'Also Budapest.', tags: ['geography'] },
			{ type: 'flashcard', prompt: 'River of Rome', answer: 'Tiber\nAlso accepted: Tevere', explanation: undefined, tags: ['geography'] },
			{ type: 'flashcard', prompt: 'Length of the Thames in km', answer: '346 (± 5)', explanation: undefined, tags: ['geography'] },
			{
				type: 'flashcard',
				prompt: 'Which river runs through London?\nSeine\nThames\nRhine',
				answer: 'Thames\nSince Roman times.',
				explanation: undefined,
				tags: ['geography']
			},
			{
				type: 'flashcard',
				prompt: 'Which rivers flow into the North Sea?\n(Choose all that apply.)\nRhine\nElbe\nPo',
				answer: 'Rhine\nElbe',
				explanation: undefined,
				tags: ['geography']
			},
			{ type: 'flashcard', prompt: 'The Po is in Spain.\n(True or false?)', answer: 'False', explanation: undefined, tags: ['geography'] },
			{
				type: 'flashcard',
				prompt: 'Match the river to its city.\nMatch each item:\nSeine\nVltava\nwith one of:\nLyon\nParis\nPrague',
				answer: 'Seine → Paris\nVltava → Prague',
				explanation: undefined,
				tags: ['geography']
			}
		]);
		expect(r.bank.questions[0].html?.prompt).toContain('<img src="loire.png"');
		expect([...(r.media ?? new Map())]).toEqual([['loire.png', PNG]]);
		// Without a history every card is new: nothing to bring.
		expect(r.history).toBeUndefined();
	});

	it('packs the media as Anki names it: numbered entries and a JSON list', () => {
		const files = unzipSync(write(exportBank()));
		expect(Object.keys(files).sort()).toEqual(['0', 'collection.anki2', 'media']);
		expect(JSON.parse(new TextDecoder().decode(files.media))).toEqual({ 0: 'loire.png' });
		expect(files['0']).toEqual(PNG);
	});

	it('gives the same bytes for the same bank and time, and notes that keep their guid', () => {
		const bank = exportBank();
		expect(write(bank)).toEqual(write(bank));
		const later = readBack(write(bank, { now: new Date(NOW.getTime() + 86_400_000) }));
		expect(later.bank.questions.map((x) => x.fact)).toEqual(readBack(write(bank)).bank.questions.map((x) => x.fact));
	});

	it('carries the review history and card states, which the importer reads back the same', () => {
		const bank = exportBank();
		const history = exportHistory(bank);
		const r = readBack(write(bank, { history }));
		const brought = r.history!;
		expect(brought.summary.reviews).toBe(history.reviews.length);
		for (const card of history.cards) {
			const index = bank.questions.findIndex((x) => x.fact === card.fact);
			const got = brought.cards.find((c) => c.fact === r.bank.questions[index].fact)!;
			const reviews = historyReviews(brought, got);
			const logs = history.reviews.filter((l) => l.cardId === card.id);
			expect(reviews.map((x) => [x.rating, x.reviewedAt.getTime(), x.durationMs])).toEqual(logs.map((l) => [l.rating, l.reviewedAt.getTime(), l.durationMs]));
			expect(got.suspended).toBe(card.suspended === 1 ? true : undefined);
			// Learning cards keep their due to the second; review cards to the start of their day.
			const due = card.due.getTime();
			if (card.state === CardStateKind.Review) expect(Math.abs(got.due! - due)).toBeLessThan(86_400_000);
			else expect(got.due).toBe(Math.floor(due / 1000) * 1000);
		}
		// The cards never studied stay new.
		expect(brought.cards).toHaveLength(history.cards.length);
	});
});

describe('a fact asked by several questions', () => {
	it('has its reviews on the first question’s card, and its state shared by the others', () => {
		const bank = exportBank();
		// The short answer asks the flashcard's fact too.
		bank.questions[2] = { ...bank.questions[2], fact: 'q-flash' };
		const history = exportHistory(bank);
		history.cards = history.cards.filter((c) => c.fact !== 'q-short');
		history.reviews = history.reviews.filter((r) => !r.cardId.endsWith('q-short'));
		const r = readBack(write(bank, { history }));
		const flash = history.reviews.filter((l) => l.cardId.endsWith('q-flash'));
		const first = r.history!.cards.find((c) => c.fact === r.bank.questions[0].fact)!;
		expect(first.count).toBe(flash.length);
		// The second note's card is studied in Anki without a log of its own: the importer starts it new.
		expect(r.history!.cards.find((c) => c.fact === r.bank.questions[2].fact)).toBeUndefined();
		expect(r.history!.summary.unreplayed).toBe(1);
		expect(r.history!.summary.reviews).toBe(history.reviews.length);
	});
});

describe('writeApkg refuses what it cannot write, with a sentence', () => {
	const message = (f: () => unknown) => {
		try {
			f();
		} catch (err) {
			expect(err).toBeInstanceOf(ApkgWriteError);
			return (err as Error).message;
		}
		return expect.fail('no error');
	};

	it('an empty bank', () => {
		expect(message(() => write({ ...exportBank(), questions: [] }))).toBe('the bank has no questions, so there is nothing to export');
	});

	it('an image missing from the media', () => {
		expect(message(() => write(exportBank(), { media: new Map() }))).toBe(
			'question 1 (q-flash) shows the image "loire.png", which is missing from the bank\'s media'
		);
	});

	it('a bank past the caps', () => {
		const bank = exportBank();
		const many = { ...bank, questions: Array.from({ length: 250_001 }, () => bank.questions[0]) };
		expect(message(() => write(many))).toBe('the bank has 250,001 questions; a package holds at most 250,000');
		const big = new Map([['loire.png', new Uint8Array(33 * 1024 * 1024)]]);
		expect(message(() => write(bank, { media: big }))).toMatch(/^the image "loire.png" takes 33 MB; at most 32 MB per image is allowed$/);
	});
});
