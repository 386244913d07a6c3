/**
 * A bank of every question type with tags, an image and a studied history,
 * for the Anki export tests: its cards answered with the real scheduler at
 * fixed times, as the app would have stored them.
 */
import { BANK_FORMAT, BANK_VERSION, type Bank, type Question } from '$lib/core/bank/schema';
import { answerCard, createCard } from '$lib/core/srs/scheduler';
import type { Card, Rating, ReviewLog } from '$lib/core/srs/types';

export const NOW = new Date('2026-03-10T12:00:00Z');
const DAY = 86_400_000;

/** A 1×1 PNG. */
export const PNG = Uint8Array.from([
	0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89, 0, 0, 0,
	0x0a, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0, 1, 0, 0, 5, 0, 1, 0x0d, 0x0a, 0x2d, 0xb4, 0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82
]);

const q = (id: string, rest: Omit<Question, 'id' | 'fact'>): Question => ({ id, fact: id, ...rest });

/** Every question type, bank and question tags (one with a space), rich text with an image. */
export function exportBank(): Bank {
	return {
		format: BANK_FORMAT,
		version: BANK_VERSION,
		id: 'rivers',
		title: 'Rivers of Europe',
		description: 'Where the rivers run.',
		tags: ['geography'],
		questions: [
			q('q-flash', {
				type: 'flashcard',
				prompt: 'Longest river of France',
				answer: 'Loire',
				tags: ['france', 'long rivers'],
				html: { prompt: 'Longest river of <b>France</b><br><img src="loire.png" alt="Map">' }
			}),
			q('q-cloze', { type: 'cloze', prompt: 'The ____ flows through Vienna.', answer: 'Danube', explanation: 'Also Budapest.' }),
			q('q-short', { type: 'short', prompt: 'River of Rome', answer: 'Tiber', accept: ['Tevere'] }),
			q('q-num', { type: 'numerical', prompt: 'Length of the Thames in km', answer: '346', numbers: [{ value: 346, tolerance: 5, credit: 100 }] }),
			q('q-mcq', {
				type: 'mcq',
				prompt: 'Which river runs through London?',
				answer: 'Thames',
				choices: ['Seine', 'Thames', 'Rhine'],
				explanation: 'Since Roman times.'
			}),
			q('q-multi', {
				type: 'multi',
				prompt: 'Which rivers flow into the North Sea?',
				answer: 'Rhine\nElbe',
				choices: ['Rhine', 'Elbe', 'Po'],
				weights: [50, 50, -100]
			}),
			q('q-tf', { type: 'truefalse', prompt: 'The Po is in Spain.', answer: false }),
			q('q-match', {
				type: 'matching',
				prompt: 'Match the river to its city.',
				answer: 'Seine → Paris\nVltava → Prague',
				pairs: [
					{ left: 'Seine', right: 'Paris' },
					{ left: 'Vltava', right: 'Prague' },
					{ left: '', right: 'Lyon' }
				]
			})
		]
	};
}

/** Cards answered with these ratings, a day apart from `start`, then left as the scheduler leaves them. */
function study(bank: Bank, fact: string, ratings: Rating[], start: number, order: number): { card: Card; logs: ReviewLog[] } {
	let card = createCard(bank.id, fact, order, new Date(start));
	const logs: ReviewLog[] = [];
	ratings.forEach((rating, i) => {
		// Two answers on the first day (learning steps), then one a few days apart.
		const at = new Date(start + (i === 0 ? 0 : i === 1 ? 600_000 : (i + 2) * DAY));
		const answered = answerCard(card, rating, at, { retention: 0.9, fuzz: false }, fact, 4000 + i * 1000);
		card = answered.card;
		logs.push(answered.log);
	});
	return { card, logs };
}

/** The history of the export bank: a review card, a relearning one, a suspended one, one in learning, the rest new. */
export function exportHistory(bank: Bank): { cards: Card[]; reviews: ReviewLog[] } {
	const start = NOW.getTime() - 30 * DAY;
	const studied = [
		study(bank, 'q-flash', [3, 3, 3, 4], start, 0),
		study(bank, 'q-cloze', [1, 3, 3, 1], start + DAY + 60_000, 1),
		study(bank, 'q-mcq', [3, 3, 2], start + 2 * DAY + 120_000, 4),
		study(bank, 'q-short', [1], NOW.getTime() - 3_600_000, 2)
	];
	studied[2].card = { ...studied[2].card, suspended: 1 };
	return { cards: studied.map((s) => s.card), reviews: studied.flatMap((s) => s.logs) };
}
