import type { Question } from '$lib/core/bank/schema';
import { answerMode, chooseQuestion, learningStage } from '$lib/core/srs/format-choice';
import { seededRng } from '$lib/core/srs/rng';
import { CardStateKind, type Card } from '$lib/core/srs/types';
import { T0, cardAt } from './helpers';

const q = (id: string, type: Question['type'], answer: string | boolean = 'Moon Jae-in'): Question => ({
	id,
	fact: 'f',
	type,
	prompt: type === 'cloze' ? 'The president, ____, met Biden.' : `Prompt ${id}?`,
	answer,
	...(type === 'mcq' ? { choices: [String(answer), 'Kim Jong-un', 'Yoon Suk-yeol'] } : {})
});

const ALL = [q('mcq', 'mcq'), q('tf', 'truefalse', true), q('cloze', 'cloze'), q('short', 'short'), q('card', 'flashcard')];
const RECOGNITION = new Set(['mcq', 'tf']);
const RECALL = new Set(['cloze', 'short', 'card']);

const newCard = cardAt('f', CardStateKind.New, T0);
const learning = cardAt('f', CardStateKind.Learning, T0, { stability: 20 });
const relearning = cardAt('f', CardStateKind.Relearning, T0, { stability: 30 });
const shaky = cardAt('f', CardStateKind.Review, T0, { stability: 6.9 });
const stable = cardAt('f', CardStateKind.Review, T0, { stability: 7 });

/** The ids chosen over many draws. */
function chosenIds(card: Card, questions: Question[], seed = 1, draws = 200): Set<string> {
	const rng = seededRng(seed);
	return new Set(Array.from({ length: draws }, () => chooseQuestion(card, questions, rng).question.id));
}

describe('learningStage', () => {
	it('keeps new, learning, relearning and shaky cards in recognition', () => {
		for (const card of [newCard, learning, relearning, shaky]) expect(learningStage(card)).toBe('recognition');
	});

	it('moves reviewed cards with stability of 7 days or more to recall', () => {
		expect(learningStage(stable)).toBe('recall');
	});
});

describe('chooseQuestion', () => {
	it('asks recognition questions while the fact is new or shaky', () => {
		for (const card of [newCard, learning, relearning, shaky]) {
			expect(chosenIds(card, ALL)).toEqual(RECOGNITION);
		}
	});

	it('asks recall questions once the fact is stable', () => {
		expect(chosenIds(stable, ALL)).toEqual(RECALL);
	});

	it('falls back to whatever types the fact has', () => {
		expect(chosenIds(newCard, [q('c1', 'cloze'), q('s1', 'short')])).toEqual(new Set(['c1', 's1']));
		expect(chosenIds(stable, [q('m1', 'mcq'), q('t1', 'truefalse', false)])).toEqual(new Set(['m1', 't1']));
		expect(chooseQuestion(newCard, [q('only', 'flashcard')], seededRng(1)).question.id).toBe('only');
	});

	it('never asks the same question twice running when the fact has another', () => {
		const lastMcq = { ...newCard, lastQuestionId: 'mcq' };
		// The only other recognition question wins...
		expect(chosenIds(lastMcq, ALL)).toEqual(new Set(['tf']));
		// ...and a question of the other stage beats a repeat.
		const onlyOneMcq = [q('mcq', 'mcq'), q('cloze', 'cloze')];
		expect(chosenIds(lastMcq, onlyOneMcq)).toEqual(new Set(['cloze']));
		// A fact with one question has no choice.
		expect(chooseQuestion(lastMcq, [q('mcq', 'mcq')], seededRng(1)).question.id).toBe('mcq');
	});

	it('varies the question across a run of reviews', () => {
		const rng = seededRng(9);
		let card: Card = stable;
		const seen: string[] = [];
		for (let i = 0; i < 30; i++) {
			const { question } = chooseQuestion(card, ALL, rng);
			expect(question.id).not.toBe(card.lastQuestionId);
			seen.push(question.id);
			card = { ...card, lastQuestionId: question.id };
		}
		expect(new Set(seen)).toEqual(RECALL);
	});

	it('is deterministic for a given seed', () => {
		const run = (seed: number) => {
			const rng = seededRng(seed);
			return Array.from({ length: 20 }, () => chooseQuestion(stable, ALL, rng).question.id).join(',');
		};
		expect(run(42)).toBe(run(42));
		expect(run(42)).not.toBe(run(43));
	});

	it('refuses a card with no questions', () => {
		expect(() => chooseQuestion(newCard, [], seededRng(1))).toThrow(RangeError);
	});
});

describe('answer modes', () => {
	it('answers each type in its own way', () => {
		expect(chooseQuestion(newCard, [q('m', 'mcq')], seededRng(1)).mode).toBe('choice');
		expect(chooseQuestion(newCard, [q('t', 'truefalse', true)], seededRng(1)).mode).toBe('truefalse');
		expect(chooseQuestion(stable, [q('s', 'short')], seededRng(1)).mode).toBe('typed');
		expect(chooseQuestion(stable, [q('f', 'flashcard')], seededRng(1)).mode).toBe('reveal');
	});

	it('reveals a cloze while the fact is being learnt, and has it typed once stable', () => {
		const cloze = q('c', 'cloze', 'Moon Jae-in');
		expect(chooseQuestion(newCard, [cloze], seededRng(1)).mode).toBe('reveal');
		expect(chooseQuestion(shaky, [cloze], seededRng(1)).mode).toBe('reveal');
		expect(chooseQuestion(stable, [cloze], seededRng(1)).mode).toBe('typed');
	});

	it('reveals a stable cloze whose answer is longer than three words', () => {
		expect(answerMode(q('c3', 'cloze', 'the Biden administration'), 'recall')).toBe('typed');
		expect(answerMode(q('c4', 'cloze', '  the new Biden administration '), 'recall')).toBe('reveal');
	});
});
