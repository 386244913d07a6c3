import { applyEdits, changeType, editedQuestion, isUnchanged, newDraft, ownFact, rebase, toDraft, toMetaDraft, type QuestionDraft } from '$lib/core/bank/edit';
import { contentHash } from '$lib/core/bank/hash';
import { questionId } from '$lib/core/bank/ids';
import type { Bank } from '$lib/core/bank/schema';
import { validateBank } from '$lib/core/bank/validate';
import { validBank } from './fixtures';

const bank = () => validBank() as Bank;
const draftsOf = (b: Bank) => b.questions.map((q, i) => toDraft(q, `e${i}`));
const savedFacts = (b: Bank) => new Set(b.questions.map((q) => q.fact));
const edit = (drafts: QuestionDraft[], i: number, patch: Partial<QuestionDraft>) => drafts.splice(i, 1, { ...drafts[i], ...patch });

describe('applyEdits', () => {
	it('gives back the very same bank when nothing was edited', () => {
		const b = bank();
		const out = applyEdits(b, toMetaDraft(b), draftsOf(b));
		expect(out).toStrictEqual(b);
		expect(out.questions.every((q, i) => q === b.questions[i])).toBe(true);
		expect(contentHash(out)).toBe(contentHash(b));
	});

	it("keeps an edited question's fact, so its card keeps its progress, and derives its new id from content", () => {
		const b = bank();
		const drafts = draftsOf(b);
		edit(drafts, 2, { prompt: 'Which city is the capital of South Korea?' });
		const q = applyEdits(b, toMetaDraft(b), drafts).questions[2];
		expect(q.fact).toBe('seoul-capital');
		expect(q.prompt).toBe('Which city is the capital of South Korea?');
		expect(q.id).toBe(questionId(q));
		expect(q.id).not.toBe('q-3');
		expect(q.source).toEqual(b.questions[2].source);
		expect(q.choices).toEqual(['Busan', 'Seoul', 'Incheon', 'Daegu']);
	});

	it('keeps the id of a question whose type, prompt and answer did not change, even one not derived from content', () => {
		const b = bank();
		const drafts = draftsOf(b);
		edit(drafts, 4, { explanation: 'Pyongyang has been the capital since 1948.', accept: "Pyeongyang\nP'yŏngyang" });
		const q = applyEdits(b, toMetaDraft(b), drafts).questions[4];
		expect(q.id).toBe('q-5');
		expect(q.explanation).toBe('Pyongyang has been the capital since 1948.');
		expect(q.accept).toEqual(['Pyeongyang', "P'yŏngyang"]);
	});

	it('gives the original id back when an edit is undone by hand', () => {
		const b = bank();
		const drafts = draftsOf(b);
		edit(drafts, 0, { prompt: 'Something else' });
		edit(drafts, 0, { prompt: b.questions[0].prompt });
		expect(applyEdits(b, toMetaDraft(b), drafts).questions[0]).toBe(b.questions[0]);
	});

	it("gives a new question a fresh fact derived from its content, never one of the bank's saved facts", () => {
		const b = bank();
		const drafts = [...draftsOf(b), { ...newDraft('flashcard', 'n1', savedFacts(b)), prompt: 'Capital of Japan', answer: 'Tokyo' }];
		const out = applyEdits(b, toMetaDraft(b), drafts);
		const added = out.questions[5];
		expect(added.fact).toBe(questionId(added));
		expect(added.id).toBe(questionId(added));
		expect(savedFacts(b).has(added.fact)).toBe(false);
		expect(validateBank(out).ok).toBe(true);
	});

	it('lets new questions share a fact with each other or with a saved question', () => {
		const b = bank();
		const facts = savedFacts(b);
		const first = { ...newDraft('short', 'n1', facts), prompt: 'Capital of Japan?', answer: 'Tokyo' };
		const second = { ...newDraft('truefalse', 'n2', facts), prompt: 'Tokyo is the capital of Japan.', fact: first.fact };
		const third = { ...newDraft('flashcard', 'n3', facts), prompt: 'Seoul', answer: 'South Korea', fact: 'seoul-capital' };
		const out = applyEdits(b, toMetaDraft(b), [...draftsOf(b), first, second, third]).questions;
		expect(out[6].fact).toBe(out[5].fact);
		expect(out[5].fact).toBe(questionId(out[5]));
		expect(out[7].fact).toBe('seoul-capital');
	});

	it('keeps ids unique when two questions end up with the same content', () => {
		const b = bank();
		const drafts = draftsOf(b);
		const copy = { ...newDraft('flashcard', 'n1', savedFacts(b)), prompt: 'Capital of North Korea', answer: 'Pyongyang' };
		edit(drafts, 0, { prompt: 'Capital of North Korea', answer: 'Pyongyang' });
		const out = applyEdits(b, toMetaDraft(b), [...drafts, copy]);
		const base = questionId(out.questions[0]);
		expect(out.questions[0].id).toBe(base);
		expect(out.questions[5].id).toBe(`${base}-2`);
		// Same content but separate new questions: separate facts unless the teacher ties them.
		expect(out.questions[5].fact).not.toBe(out.questions[0].fact);
		expect(validateBank(out).ok).toBe(true);
	});

	it('does not let a changed question take the id an unchanged question keeps', () => {
		const b = bank();
		b.questions[1].id = questionId({ type: 'flashcard', prompt: 'Moved here', answer: 'Seoul' });
		const drafts = draftsOf(b);
		edit(drafts, 0, { prompt: 'Moved here' });
		const out = applyEdits(b, toMetaDraft(b), drafts);
		expect(out.questions[1].id).toBe(b.questions[1].id);
		expect(out.questions[0].id).toBe(`${b.questions[1].id}-2`);
	});

	it('drops choices from a question that is no longer an mcq, and accepted answers from picked types', () => {
		const b = bank();
		const drafts = draftsOf(b);
		drafts[2] = changeType(drafts[2], 'short');
		drafts[4] = changeType(drafts[4], 'mcq');
		const out = applyEdits(b, toMetaDraft(b), drafts).questions;
		expect(out[2]).not.toHaveProperty('choices');
		expect(out[2].answer).toBe('Seoul');
		expect(out[4]).not.toHaveProperty('accept');
		expect(out[4].choices).toEqual(['Pyongyang']);
	});

	it('turns a truefalse answer into a boolean, and leaves it out while not chosen so validation names it', () => {
		const b = bank();
		const drafts = draftsOf(b);
		edit(drafts, 3, { answer: 'false' });
		expect(applyEdits(b, toMetaDraft(b), drafts).questions[3].answer).toBe(false);
		edit(drafts, 3, { answer: '' });
		const result = validateBank(applyEdits(b, toMetaDraft(b), drafts));
		expect(result.ok ? [] : result.problems).toEqual(['questions[3].answer: answer must be text, or true or false for a true or false question']);
	});

	it('trims text, and leaves out an emptied explanation', () => {
		const b = bank();
		b.questions[0].explanation = 'Old note';
		const drafts = draftsOf(b);
		edit(drafts, 0, { prompt: '  Capital of the South  ', answer: ' Seoul ', explanation: '   ' });
		const q = applyEdits(b, toMetaDraft(b), drafts).questions[0];
		expect([q.prompt, q.answer, q.explanation]).toEqual(['Capital of the South', 'Seoul', undefined]);
		expect(q).not.toHaveProperty('explanation');
	});

	it('drops rich text that would show the old wording, and keeps the part still true', () => {
		const b = bank();
		b.questions[0].html = { prompt: '<b>Capital</b> of South Korea', answer: '<i>Seoul</i>' };
		const drafts = draftsOf(b);
		edit(drafts, 0, { prompt: 'Capital city of South Korea' });
		expect(applyEdits(b, toMetaDraft(b), drafts).questions[0].html).toEqual({ prompt: undefined, answer: '<i>Seoul</i>' });
		edit(drafts, 0, { answer: 'Seoul City' });
		expect(applyEdits(b, toMetaDraft(b), drafts).questions[0]).not.toHaveProperty('html');
	});

	it('applies the title, description and tags, and removes emptied optional fields', () => {
		const b = { ...bank(), description: 'Old', tags: ['korea'] };
		const out = applyEdits(b, { title: ' New title ', description: '', tags: ' capitals , asia,, ' }, draftsOf(b));
		expect(out.title).toBe('New title');
		expect(out).not.toHaveProperty('description');
		expect(out.tags).toEqual(['capitals', 'asia']);
		expect(applyEdits(b, { ...toMetaDraft(b), tags: ' ' }, draftsOf(b))).not.toHaveProperty('tags');
	});

	it('is deterministic: the same edits give the same bank', () => {
		const b = bank();
		const make = () => [...draftsOf(b).reverse(), { ...newDraft('cloze', 'n1', savedFacts(b)), prompt: '____ is big.', answer: 'Seoul' }];
		expect(JSON.stringify(applyEdits(b, toMetaDraft(b), make()))).toBe(JSON.stringify(applyEdits(b, toMetaDraft(b), make())));
	});
});

describe('drafts', () => {
	it('a new draft has a placeholder fact of its own that no saved fact can equal', () => {
		const facts = new Set(['new-n1', 'new-n1-x']);
		expect(ownFact('n1', facts)).toBe('new-n1-x-x');
		expect(newDraft('truefalse', 'n2', facts)).toMatchObject({ key: 'n2', type: 'truefalse', answer: 'true', fact: 'new-n2' });
		expect(newDraft('mcq', 'n3', facts).answer).toBe('');
	});

	it('changing the type keeps what carries over and clears what cannot', () => {
		const d = toDraft(bank().questions[4], 'e4');
		expect(changeType(d, 'truefalse').answer).toBe('');
		expect(changeType({ ...d, answer: 'False ' }, 'truefalse').answer).toBe('false');
		expect(changeType(changeType(d, 'truefalse'), 'short').answer).toBe('');
		expect(changeType(d, 'mcq').choices).toBe('Pyongyang');
		expect(changeType(d, 'short')).toBe(d);
	});

	it('knows when a draft still holds its saved question', () => {
		const d = toDraft(bank().questions[2], 'e2');
		expect(isUnchanged(d)).toBe(true);
		expect(isUnchanged({ ...d, choices: `${d.choices}\nGwangju` })).toBe(false);
		expect(isUnchanged({ ...d, fact: 'other' })).toBe(false);
		expect(isUnchanged(newDraft('short', 'n', new Set()))).toBe(false);
	});

	it('rebase keeps the keys and takes the saved questions as the new starting point', () => {
		const b = bank();
		const drafts = [...draftsOf(b), { ...newDraft('flashcard', 'n1', savedFacts(b)), prompt: 'Front', answer: 'Back' }];
		const saved = applyEdits(b, toMetaDraft(b), drafts);
		const next = rebase(drafts, saved);
		expect(next.map((d) => d.key)).toEqual(drafts.map((d) => d.key));
		expect(next[5].origin).toBe(saved.questions[5]);
		expect(next[5].fact).toBe(saved.questions[5].fact);
		expect(next.every(isUnchanged)).toBe(true);
		expect(() => rebase(drafts.slice(1), saved)).toThrow(RangeError);
	});

	it('editedQuestion keeps the id and fact of a question edited on its own', () => {
		const q = bank().questions[2];
		const out = editedQuestion(q, { ...toDraft(q, ''), prompt: 'Capital?' });
		expect(out).toMatchObject({ id: 'q-3', fact: 'seoul-capital', prompt: 'Capital?', source: q.source });
		expect(editedQuestion(q, toDraft(q, ''))).toBe(q);
	});
});
