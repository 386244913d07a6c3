import { newDraft, toDraft, type QuestionDraft } from '$lib/core/bank/edit';
import { deleteDraft, factOptions, factSharers, MAX_FACT_OPTIONS, moveDraft, restoreDraft } from '$lib/core/bank/edit-list';
import type { Bank } from '$lib/core/bank/schema';
import { validBank } from './fixtures';

const drafts = (): QuestionDraft[] => (validBank() as Bank).questions.map((q, i) => toDraft(q, `e${i}`));
const keys = (list: readonly QuestionDraft[]) => list.map((d) => d.key);

describe('moveDraft', () => {
	it('moves a question up or down by one place', () => {
		expect(keys(moveDraft(drafts(), 'e2', -1))).toEqual(['e0', 'e2', 'e1', 'e3', 'e4']);
		expect(keys(moveDraft(drafts(), 'e2', 1))).toEqual(['e0', 'e1', 'e3', 'e2', 'e4']);
	});

	it('leaves the list as it is at either end or for an unknown key', () => {
		const list = drafts();
		expect(moveDraft(list, 'e0', -1)).toBe(list);
		expect(moveDraft(list, 'e4', 1)).toBe(list);
		expect(moveDraft(list, 'nope', 1)).toBe(list);
	});
});

describe('deleteDraft / restoreDraft', () => {
	it('undoes several deletes in turn, each back in its place', () => {
		let list = drafts();
		const first = deleteDraft(list, 'e1')!;
		list = first.drafts;
		const second = deleteDraft(list, 'e3')!;
		list = second.drafts;
		expect(keys(list)).toEqual(['e0', 'e2', 'e4']);
		list = restoreDraft(list, second.deleted);
		expect(keys(list)).toEqual(['e0', 'e2', 'e3', 'e4']);
		list = restoreDraft(list, first.deleted);
		expect(keys(list)).toEqual(keys(drafts()));
		expect(list[1]).toBe(first.deleted.draft);
	});

	it('puts a question back last when the list has since become shorter than its place', () => {
		const { deleted } = deleteDraft(drafts(), 'e4')!;
		expect(keys(restoreDraft(drafts().slice(0, 2), deleted))).toEqual(['e0', 'e1', 'e4']);
	});

	it('returns null for an unknown key', () => {
		expect(deleteDraft(drafts(), 'nope')).toBeNull();
	});
});

describe('factOptions / factSharers', () => {
	it('offers a new fact, then each other fact once, named by the first question that tests it', () => {
		const list = [...drafts(), { ...newDraft('flashcard', 'n1', new Set()), prompt: '  A   new\nquestion ' }];
		const { options, selected } = factOptions(list, 5);
		expect(options).toEqual([
			{ value: '', label: 'A new fact of its own' },
			{ value: 'seoul-capital', label: 'Same fact as question 1: Capital of South Korea' },
			{ value: 'pyongyang-capital', label: 'Same fact as question 4: Pyongyang is the capital of North Korea.' }
		]);
		expect(selected).toBe('');
	});

	it('selects the shared fact, naming the other question and not the question itself', () => {
		const list = drafts();
		const { options, selected } = factOptions(list, 0);
		expect(selected).toBe('seoul-capital');
		expect(options[1]).toEqual({ value: 'seoul-capital', label: 'Same fact as question 2: ____ is the capital of South Korea.' });
	});

	it('shortens long prompts and names empty ones', () => {
		const list = [{ ...newDraft('short', 'n1', new Set()), prompt: 'x'.repeat(80) }, newDraft('short', 'n2', new Set())];
		expect(factOptions(list, 1).options[1].label).toBe(`Same fact as question 1: ${'x'.repeat(49)}…`);
		expect(factOptions(list, 0).options[1].label).toBe('Same fact as question 2: (no text yet)');
	});

	it('lists at most MAX_FACT_OPTIONS facts of a large bank, always with the chosen one, and counts the rest', () => {
		const many = Array.from({ length: 2000 }, (_, i) => ({ ...newDraft('short', `n${i}`, new Set()), prompt: `Question ${i}` }));
		many[1999] = { ...many[1999], fact: many[1500].fact };
		const { options, selected, unlisted } = factOptions(many, 1999);
		expect(options).toHaveLength(MAX_FACT_OPTIONS + 2);
		expect(selected).toBe(many[1500].fact);
		expect(options.at(-1)).toEqual({ value: many[1500].fact, label: 'Same fact as question 1501: Question 1500' });
		expect(unlisted).toBe(1999 - MAX_FACT_OPTIONS - 1);
	});

	it('lists the other questions that test the same fact', () => {
		expect(factSharers(drafts(), 1)).toEqual([1, 3]);
		expect(factSharers(drafts(), 4)).toEqual([4]);
		expect(factSharers([newDraft('short', 'n1', new Set())], 0)).toEqual([]);
	});
});
