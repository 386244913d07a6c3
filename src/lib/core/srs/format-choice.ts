/**
 * Which of a fact's questions to ask, and how. This is Factdeck's core idea:
 * while a fact is new or shaky the learner recognises it (multiple choice,
 * true/false); once it is stable they must recall it (cloze, typed answer,
 * flashcard). Asking the same fact in varied forms also keeps the learner
 * from memorising one prompt instead of the fact.
 */
import type { Question } from '../bank/schema';
import { RECALL_TYPES, RECOGNITION_TYPES, type QuestionType } from '../bank/kinds';
import { pickIndex } from './rng';
import { CardStateKind, type Card } from './types';

/** How a question is answered: revealed and self-graded, typed, picked from choices, true/false, several picked, or pairs matched. */
export type AnswerMode = 'reveal' | 'typed' | 'choice' | 'truefalse' | 'multi' | 'matching';

/** Recognition while a fact is being learnt; recall once it has settled. */
export type LearningStage = 'recognition' | 'recall';

/** Stability (days) from which a reviewed fact counts as settled enough to be recalled. */
const STABLE_DAYS = 7;

/** A typed cloze answer longer than this is too much to type exactly; it is revealed instead. */
const MAX_TYPED_CLOZE_WORDS = 3;

/** Whether the card is in its recognition or its recall stage. */
export function learningStage(card: Card): LearningStage {
	return card.state === CardStateKind.Review && card.stability >= STABLE_DAYS ? 'recall' : 'recognition';
}

/** How the question is answered at this stage. */
export function answerMode(question: Question, stage: LearningStage): AnswerMode {
	switch (question.type) {
		case 'mcq':
			return 'choice';
		case 'truefalse':
			return 'truefalse';
		case 'short':
		case 'numerical':
			return 'typed';
		case 'multi':
		case 'matching':
			return question.type;
		case 'flashcard':
			return 'reveal';
		case 'cloze': {
			const words = String(question.answer).trim().split(/\s+/).length;
			return stage === 'recall' && words <= MAX_TYPED_CLOZE_WORDS ? 'typed' : 'reveal';
		}
	}
}

/**
 * Picks the question for this review. Not repeating the last question matters
 * more than the preferred format, so it is excluded first; among the rest the
 * stage's preferred types win, and any type will do if the fact has none.
 */
export function chooseQuestion(card: Card, questions: readonly Question[], rng: () => number): { question: Question; mode: AnswerMode } {
	if (questions.length === 0) throw new RangeError(`card ${JSON.stringify(card.fact)} has no questions`);
	const fresh = questions.filter((q) => q.id !== card.lastQuestionId);
	const pool = fresh.length > 0 ? fresh : questions;
	const stage = learningStage(card);
	const preferred: readonly QuestionType[] = stage === 'recall' ? RECALL_TYPES : RECOGNITION_TYPES;
	const favoured = pool.filter((q) => preferred.includes(q.type));
	const candidates = favoured.length > 0 ? favoured : pool;
	const question = candidates[pickIndex(candidates.length, rng)];
	return { question, mode: answerMode(question, stage) };
}
