/**
 * The study session's sequencing, on fake storage functions: an in-memory
 * device whose cards another tab can change at any moment, and an answering
 * module whose arrival each test controls. Fakes rather than real storage on
 * fake-indexeddb because the races here are about *when* a read or the lazy
 * module resolves, which fakes can hold back step by step; the real writes'
 * stale-card check is tested in tests/unit/storage/answers.test.ts.
 */
import type { Question } from '$lib/core/bank/schema';
import { autoRating, gradeChoice, gradeTrueFalse, gradeTyped } from '$lib/core/quiz/grade';
import { gradePicked } from '$lib/core/quiz/grade-kinds';
import { DEFAULT_SETTINGS } from '$lib/core/settings';
import { headOf, nextFromHead } from '$lib/core/srs/queue';
import { answerCard, createCard, previewOutcomes } from '$lib/core/srs/scheduler';
import { CardStateKind, type Card, type ReviewLog } from '$lib/core/srs/types';
import { StaleCardError } from '$lib/storage/errors';
import type { Answering, SessionStorage } from '$lib/study/session-deps';
import { StudySession } from '$lib/study/study-session.svelte';
import { lazy } from '$lib/ui/lazy';

const T0 = new Date('2024-03-01T12:00:00Z');
const BANK = 'bank';

const mcq = (fact: string): Question => ({ id: `q-${fact}`, fact, type: 'mcq', prompt: `Which is ${fact}?`, answer: 'b', choices: ['a', 'b', 'c'] });
const flashcard = (fact: string): Question => ({ id: `f-${fact}`, fact, type: 'flashcard', prompt: `What is ${fact}?`, answer: fact });
const short = (fact: string): Question => ({ id: `s-${fact}`, fact, type: 'short', prompt: `Name ${fact}.`, answer: fact });

/** One device's storage, in memory: what the session reads, and what the answering module writes. */
function device(questions: Question[]) {
	const facts = [...new Set(questions.map((q) => q.fact))];
	const cards = new Map<string, Card>(facts.map((fact, i) => [fact, createCard(BANK, fact, i, T0)]));
	const logs: ReviewLog[] = [];
	const same = (a: Card, b: { due: Date; reps: number }) => a.due.getTime() === b.due.getTime() && a.reps === b.reps;

	const storage: SessionStorage = {
		firstCard: async (scope, now, rng) => {
			const head = await storage.gatherQueueHead(scope, now, DEFAULT_SETTINGS);
			const card = nextFromHead(head, rng);
			const bank = scope.bankId === BANK ? { title: 'Korea talks' } : undefined;
			return { bank, settings: DEFAULT_SETTINGS, head, card, questions: card ? await storage.questionsForFact(BANK, card.fact) : [] };
		},
		// Due means due by `now` here: an answered card leaves the queue under the fixed clock.
		gatherQueueHead: async (_scope, now) => {
			const all = [...cards.values()].filter((c) => c.due.getTime() <= now.getTime());
			const learning = all.filter((c) => c.state === CardStateKind.Learning || c.state === CardStateKind.Relearning);
			const reviews = all.filter((c) => c.state === CardStateKind.Review);
			const fresh = all.filter((c) => c.state === CardStateKind.New).sort((a, b) => a.order - b.order);
			return headOf({ now, learning, reviews, fresh });
		},
		questionsForFact: async (_bankId, fact) => questions.filter((q) => q.fact === fact)
	};

	const writes = {
		saveAnswer: vi.fn(async (card: Card, log: ReviewLog) => {
			if (!same(cards.get(card.fact)!, log.before)) throw new StaleCardError(card.id);
			cards.set(card.fact, card);
			return logs.push(log);
		}),
		undoAnswer: vi.fn(async (logId: number) => {
			const log = logs[logId - 1];
			const stored = [...cards.values()].find((c) => c.id === log.cardId)!;
			if (!same(stored, log.after)) throw new StaleCardError(log.cardId);
			const card: Card = { ...stored, ...log.before };
			cards.set(stored.fact, card);
			return card;
		}),
		countDueTomorrow: vi.fn(async () => 2),
		askPersistenceOnce: vi.fn(async () => {})
	};
	const answering: Answering = { answerCard, previewOutcomes, autoRating, gradeChoice, gradeTrueFalse, gradeTyped, gradePicked, ...writes };

	/** Another tab answers `fact` behind this session's back. */
	function answerElsewhere(fact: string) {
		const { card } = answerCard(cards.get(fact)!, 3, T0, { retention: 0.9, fuzz: false }, `q-${fact}`, 1000);
		cards.set(fact, card);
	}
	return { storage, answering, writes, cards, answerElsewhere };
}

/** A promise that a test resolves when it chooses. */
function gate() {
	let open!: () => void;
	const promise = new Promise<void>((resolve) => (open = resolve));
	return { promise, open };
}

/** A session on `dev` with a fixed clock and no chance; the answering module arrives at once unless `held`. */
function sessionOn(dev: ReturnType<typeof device>, held?: Promise<void>) {
	const answering = lazy(async () => {
		await held;
		return dev.answering;
	});
	return new StudySession({ bankId: BANK }, { storage: dev.storage, answering, now: () => T0, rng: () => 0 });
}

/** A started session on a new device holding `questions`. */
async function started(questions: Question[], held?: Promise<void>) {
	const dev = device(questions);
	const session = sessionOn(dev, held);
	await session.start();
	return { dev, session };
}

/** Lets every settled promise's callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('StudySession', () => {
	it('starts on the first due card, with the bank title and counts', async () => {
		const session = sessionOn(device([mcq('one'), mcq('two')]));
		expect(session.state).toEqual({ phase: 'loading' });
		await session.start();
		expect(session.phase).toBe('question');
		expect(session.shown?.question.id).toBe('q-one');
		expect(session.shown?.mode).toBe('choice');
		expect(session.title).toBe('Korea talks');
		expect(session.counts).toEqual({ new: 2, learning: 0, review: 0 });
	});

	it('grades a choice, saves the rating and goes on to the next card, then to done', async () => {
		const { dev, session } = await started([mcq('one'), mcq('two')]);
		await settle(); // the answering module arrives while the card is read
		session.answerChoice(1);
		expect(session.phase).toBe('answered');
		expect(session.given).toBe('b');
		expect(session.verdict?.correct).toBe(true);
		expect(session.rating).toBe(3);
		expect(session.intervals).not.toBeNull();
		await session.continue();
		expect(dev.writes.saveAnswer).toHaveBeenCalledTimes(1);
		expect(session.shown?.question.id).toBe('q-two');
		session.answerChoice(0);
		expect(session.verdict?.correct).toBe(false);
		await session.continue();
		expect(session.state).toEqual({ phase: 'done', dueTomorrow: 2 });
		expect(session.shown).toBeNull();
	});

	it('grades ticked choices with partial credit and suggests Hard, then matches', async () => {
		const multi: Question = { id: 'm-one', fact: 'one', type: 'multi', prompt: 'Which?', answer: 'a\nc', choices: ['a', 'b', 'c'], weights: [50, -100, 50] };
		const matching: Question = {
			id: 'p-two',
			fact: 'two',
			type: 'matching',
			prompt: 'Match.',
			answer: 'x → 1\ny → 2',
			pairs: [
				{ left: 'x', right: '1' },
				{ left: 'y', right: '2' }
			]
		};
		const { session } = await started([multi, matching]);
		await settle();
		expect(session.shown?.mode).toBe('multi');
		session.answerPicked({ kind: 'matching', matches: [] }, ''); // not this card's kind: ignored
		expect(session.phase).toBe('question');
		session.answerPicked({ kind: 'multi', ticked: ['a'] }, 'a');
		expect(session.verdict).toMatchObject({ correct: false, credit: 0.5 });
		expect(session.given).toBe('a');
		expect(session.rating).toBe(2);
		await session.continue();
		expect(session.shown?.mode).toBe('matching');
		session.answerPicked(
			{
				kind: 'matching',
				matches: [
					{ left: 'x', right: '1' },
					{ left: 'y', right: '2' }
				]
			},
			'x → 1\ny → 2'
		);
		expect(session.verdict).toMatchObject({ correct: true, credit: 1 });
		expect(session.rating).toBe(3);
	});

	it('fails with plain words when the bank is not on this device', async () => {
		const dev = device([mcq('one')]);
		const session = new StudySession({ bankId: 'gone' }, { storage: dev.storage, answering: lazy(async () => dev.answering) });
		await session.start();
		expect(session.phase).toBe('error');
		expect(session.error).toMatch(/no bank "gone"/);
	});

	describe('race guards', () => {
		it('ignores a second start while the first is under way', async () => {
			const dev = device([mcq('one')]);
			const first = vi.spyOn(dev.storage, 'firstCard');
			const session = sessionOn(dev);
			await Promise.all([session.start(), session.start()]);
			expect(first).toHaveBeenCalledTimes(1);
			await session.start(); // and once started, starting again is nothing
			expect(first).toHaveBeenCalledTimes(1);
		});

		it('ignores answers while loading', async () => {
			const session = sessionOn(device([mcq('one')]));
			session.answerChoice(1);
			session.reveal();
			expect(session.phase).toBe('loading');
		});

		it('counts the first of two answers given before the answering module arrived', async () => {
			const held = gate();
			const { session } = await started([mcq('one')], held.promise);
			session.answerChoice(0);
			session.answerChoice(1);
			expect(session.phase).toBe('question');
			held.open();
			await settle();
			expect(session.phase).toBe('answered');
			expect(session.given).toBe('a');
		});

		it('shows the rating intervals once the scheduler arrives after a reveal', async () => {
			const held = gate();
			const { session } = await started([flashcard('one')], held.promise);
			session.reveal();
			expect(session.phase).toBe('answered');
			expect(session.intervals).toBeNull();
			held.open();
			await settle();
			expect(session.intervals?.[3]).toEqual(expect.any(String));
		});

		it('saves one answer when a rating is pressed twice in a row', async () => {
			const { dev, session } = await started([flashcard('one'), flashcard('two')]);
			session.reveal();
			await Promise.all([session.rate(3), session.rate(3)]);
			expect(dev.writes.saveAnswer).toHaveBeenCalledTimes(1);
			expect(session.shown?.question.id).toBe('f-two');
			expect(session.phase).toBe('question');
		});
	});

	describe('a card changed under the session', () => {
		it("keeps the other tab's answer, says so, and shows what is due now", async () => {
			const { dev, session } = await started([flashcard('one'), flashcard('two')]);
			session.reveal();
			dev.answerElsewhere('one');
			const theirs = dev.cards.get('one');
			await session.rate(1);
			expect(dev.cards.get('one')).toBe(theirs);
			expect(session.notice).toMatch(/another tab/);
			expect(session.shown?.question.id).toBe('f-two');
			expect(session.canUndo).toBe(false);
		});

		it('refuses to undo an answer that another tab has since changed', async () => {
			const { dev, session } = await started([flashcard('one'), flashcard('two')]);
			session.reveal();
			await session.rate(1); // Again: 'one' stays in learning, due in a minute
			dev.answerElsewhere('one');
			const theirs = dev.cards.get('one');
			await session.undo();
			expect(dev.cards.get('one')).toBe(theirs);
			expect(session.notice).toMatch(/another tab/);
			expect(session.phase).toBe('question');
		});
	});

	describe('undo', () => {
		it('shows the last card again exactly as it was, with its old schedule', async () => {
			const { dev, session } = await started([mcq('one'), mcq('two')]);
			const first = session.shown!;
			await settle();
			session.answerChoice(1);
			await session.continue();
			expect(session.canUndo).toBe(true);
			expect(session.counts.new).toBe(1);

			await session.undo();
			expect(dev.writes.undoAnswer).toHaveBeenCalledWith(1);
			expect(session.phase).toBe('question');
			expect(session.shown?.question).toBe(first.question);
			expect(session.shown?.mode).toBe(first.mode);
			expect(session.shown?.card.state).toBe(CardStateKind.New);
			expect(session.canUndo).toBe(false);
			expect(session.counts.new).toBe(2);
		});

		it('does nothing with no answer to take back', async () => {
			const { dev, session } = await started([mcq('one')]);
			await session.undo();
			expect(dev.writes.undoAnswer).not.toHaveBeenCalled();
			expect(session.shown?.question.id).toBe('q-one');
		});

		it('is what Ctrl+Z does, in any phase', async () => {
			const { session } = await started([flashcard('one'), flashcard('two')]);
			expect(session.handleKey({ key: ' ' })).toEqual({ kind: 'reveal' });
			expect(session.phase).toBe('answered');
			expect(session.handleKey({ key: '3' })).toEqual({ kind: 'rate', rating: 3 });
			await settle();
			expect(session.shown?.question.id).toBe('f-two');
			session.handleKey({ key: 'z', ctrlKey: true });
			await settle();
			expect(session.shown?.question.id).toBe('f-one');
		});
	});

	describe('one key model for every card', () => {
		it('rates an auto-graded answer at once with 1-4, whatever was suggested', async () => {
			const { dev, session } = await started([mcq('one'), mcq('two')]);
			await settle();
			session.answerChoice(1);
			expect(session.rating).toBe(3);
			expect(session.handleKey({ key: '2' })).toEqual({ kind: 'rate', rating: 2 });
			await settle();
			expect(dev.writes.saveAnswer).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ rating: 2 }));
			expect(session.shown?.question.id).toBe('q-two');
		});

		it('takes Good with Enter after a flashcard', async () => {
			const { dev, session } = await started([flashcard('one'), flashcard('two')]);
			session.handleKey({ key: 'Enter' });
			expect(session.phase).toBe('answered');
			expect(session.handleKey({ key: 'Enter' })).toEqual({ kind: 'continue' });
			await settle();
			expect(dev.writes.saveAnswer).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ rating: 3 }));
			expect(session.shown?.question.id).toBe('f-two');
		});

		it('saves one answer when "3, Enter" comes while the first is being saved', async () => {
			const { dev, session } = await started([flashcard('one'), short('two')]);
			session.reveal();
			session.handleKey({ key: '3' });
			session.handleKey({ key: 'Enter' });
			await settle();
			expect(dev.writes.saveAnswer).toHaveBeenCalledTimes(1);
			expect(session.shown?.question.id).toBe('s-two');
			expect(session.phase).toBe('question');
		});

		it('"I don\'t know" shows the answer of a typed card, counted wrong with Again suggested', async () => {
			const { session } = await started([short('one')]);
			await settle();
			expect(session.shown?.mode).toBe('typed');
			expect(session.handleKey({ key: 'Escape', inTextField: true })).toEqual({ kind: 'dontKnow' });
			expect(session.phase).toBe('answered');
			expect(session.verdict).toMatchObject({ correct: false, expected: 'one', reason: expect.stringMatching(/I don't know/) });
			expect(session.rating).toBe(1);
		});

		it('has no "I don\'t know" on other cards', async () => {
			const { session } = await started([mcq('one')]);
			session.dontKnow();
			expect(session.phase).toBe('question');
		});
	});
});
