import { applyEdits, changeType, draftFields, newDraft, toDraft, toMetaDraft } from '$lib/core/bank/edit';
import { checkQuestion } from '$lib/core/bank/edit-problems';
import { readNumberLines, readPairLines } from '$lib/core/bank/edit-kinds';
import type { Bank, Question } from '$lib/core/bank/schema';
import { bank as kindsBank } from '../quiz/new-kinds';

const empty: Bank = { format: 'factdeck.bank', version: 1, id: 'b', title: 'B', questions: [] };

/** The question a new draft of `type` with `fields` saves as. */
function saved(type: Question['type'], fields: Partial<ReturnType<typeof draftFields>>): Question {
	const draft = { ...newDraft(type, 'k1', new Set()), prompt: 'Which?', ...fields };
	return applyEdits(empty, toMetaDraft(empty), [draft]).questions[0];
}

describe('editing choose all that apply, matching and number questions', () => {
	it('makes a multi from starred choices: the right ones share 100%, a wrong one costs as much', () => {
		const q = saved('multi', { choices: '* Red\nGreen\n* Blue' });
		expect(q).toMatchObject({ type: 'multi', choices: ['Red', 'Green', 'Blue'], weights: [50, -50, 50], answer: 'Red\nBlue' });
		expect(checkQuestion(q)).toEqual({});
	});
	it('takes weights written before the choices, and says when they do not add up', () => {
		const q = saved('multi', { choices: '50% Red\n-100% Green\n40% Blue' });
		expect(q.weights).toEqual([50, -100, 40]);
		expect(checkQuestion(q).choices).toEqual(["the right choices' weights add up to 90%, not 100%"]);
	});
	it('gives a multiple choice question partial credit from a weighted line', () => {
		const q = saved('mcq', { answer: 'Paris', choices: 'Paris\n50% Lyon\nRome' });
		expect(q).toMatchObject({ choices: ['Paris', 'Lyon', 'Rome'], weights: [100, 50, 0] });
		expect(checkQuestion(q)).toEqual({});
		expect(saved('mcq', { answer: 'Paris', choices: 'Paris\nLyon' }).weights).toBeUndefined();
	});
	it('makes a matching question from arrow lines, with an extra right item', () => {
		const q = saved('matching', { pairs: 'Cat -> Meow\nDog → Woof\n-> Moo' });
		expect(q).toMatchObject({
			pairs: [
				{ left: 'Cat', right: 'Meow' },
				{ left: 'Dog', right: 'Woof' },
				{ left: '', right: 'Moo' }
			],
			answer: 'Cat → Meow\nDog → Woof'
		});
		expect(checkQuestion(q)).toEqual({});
		expect(readPairLines('Cat')).toEqual([{ left: 'Cat', right: '' }]);
		expect(checkQuestion(saved('matching', { pairs: 'Cat -> Meow' })).pairs).toEqual(['a matching question needs at least 2 pairs, it has 1']);
	});
	it('makes a number question from lines with tolerances, ranges and credit', () => {
		const q = saved('numerical', { numbers: '3.14 ± 0.01\n3..3.3 50%' });
		expect(q).toMatchObject({
			answer: '3.14',
			numbers: [
				{ value: 3.14, tolerance: 0.01, credit: 100 },
				{ value: 3.15, tolerance: 0.15, credit: 50 }
			]
		});
		expect(checkQuestion(q)).toEqual({});
		expect(readNumberLines('1e3 +- 5')).toEqual([{ value: 1000, tolerance: 5, credit: 100 }]);
		expect(checkQuestion(saved('numerical', { numbers: 'about three' })).numbers?.[0]).toBe('numbers.value must be a number');
		expect(checkQuestion(saved('numerical', { numbers: '3 50%' })).numbers).toEqual(['no accepted number has credit 100']);
	});
	it('shows saved questions of the three types as the lines it reads, unchanged when not edited', () => {
		const drafts = kindsBank.questions.map((q, i) => toDraft(q, `k${i}`));
		expect(drafts.map((d) => d.choices || d.pairs || d.numbers)).toEqual([
			'33.33333% Blue\n-100% Green\n33.33333% White\n33.33333% Red',
			'Cat → Meow\nDog → Woof\n→ Moo',
			'1815\n1815 ± 5 50%'
		]);
		const again = applyEdits(kindsBank, toMetaDraft(kindsBank), drafts);
		expect(again.questions).toEqual(kindsBank.questions);
		// Edited, each reads back to the same key.
		const touched = drafts.map((d) => ({ ...d, prompt: `${d.prompt} `, explanation: 'x' }));
		const edited = applyEdits(kindsBank, toMetaDraft(kindsBank), touched).questions;
		const key = (q: Question) => [q.answer, q.choices, q.weights, q.pairs, q.numbers];
		expect(edited.map(key)).toEqual(kindsBank.questions.map(key));
		expect(edited.map((q) => q.explanation)).toEqual(['x', 'x', 'x']);
	});
	it('carries a typed number over when a short answer becomes a number question', () => {
		const draft = changeType({ ...newDraft('short', 'k', new Set()), answer: '42' }, 'numerical');
		expect(draft.numbers).toBe('42');
	});
});
