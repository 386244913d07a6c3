import fc from 'fast-check';
import {
	applyEdits,
	draftsChanged,
	isUnchanged,
	MAX_EDITABLE_CHARS,
	metaChanged,
	newDraft,
	toDraft,
	toMetaDraft,
	tooLongToEdit,
	type QuestionDraft
} from '$lib/core/bank/edit';
import { matchingDrafts, preview } from '$lib/core/bank/edit-list';
import { DraftChecks, headProblems, placeProblems } from '$lib/core/bank/edit-problems';
import { QUESTION_TYPES, type Bank, type Question } from '$lib/core/bank/schema';
import { validateBank } from '$lib/core/bank/validate';
import { validBank } from './fixtures';

const bank = () => validBank() as Bank;
const draftsOf = (b: Bank) => b.questions.map((q, i) => toDraft(q, `e${i}`));

/** A valid bank of `count` short flashcards, as a 5 MB CSV import gives. */
function largeBank(count: number): Bank {
	const questions: Question[] = [];
	for (let i = 0; i < count; i++) questions.push({ id: `q-${i}`, fact: `f-${i}`, type: 'flashcard', prompt: `Word ${i}`, answer: `Meaning ${i}` });
	return { format: 'factdeck.bank', version: 1, id: 'large', title: 'Large', questions };
}

/** The messages the editor shows, checked draft by draft. */
function incremental(b: Bank, meta: ReturnType<typeof toMetaDraft>, drafts: readonly QuestionDraft[], checks = new DraftChecks(b.source?.text)) {
	return [...headProblems({ ...applyEdits(b, meta, []) }), ...checks.all(drafts)];
}

describe('DraftChecks', () => {
	it('finds exactly what validating the whole edited bank finds, whatever the edits', () => {
		const text = fc.oneof(fc.constantFrom('', ' ', '____', 'Seoul', 'seoul', 'Busan\nSeoul', 'true', '\n\n'), fc.string({ maxLength: 12 }));
		const patch = fc.record(
			{
				index: fc.nat(),
				type: fc.constantFrom(...QUESTION_TYPES),
				prompt: text,
				answer: text,
				choices: text,
				accept: text,
				explanation: text
			},
			{ requiredKeys: ['index'] }
		);
		const title = fc.constantFrom('Korean capitals', ' ', 'Other');
		fc.assert(
			fc.property(fc.array(patch, { maxLength: 8 }), fc.nat(3), title, (patches, added, newTitle) => {
				const b = bank();
				let drafts: QuestionDraft[] = draftsOf(b);
				for (let i = 0; i < added; i++) drafts.push(newDraft('short', `n${i}`, new Set()));
				for (const { index, ...fields } of patches) {
					const at = index % drafts.length;
					drafts = drafts.map((d, i) => (i === at ? { ...d, ...fields } : d));
				}
				const meta = { ...toMetaDraft(b), title: newTitle };
				const full = validateBank(applyEdits(b, meta, drafts));
				expect(incremental(b, meta, drafts)).toEqual(full.ok ? [] : placeProblems(full.problems));
			}),
			{ numRuns: 300 }
		);
	});

	it('re-checks only the draft an edit replaced', () => {
		const b = largeBank(40_000);
		let drafts: QuestionDraft[] = draftsOf(b);
		const checks = new DraftChecks();
		expect(checks.all(drafts)).toEqual([]);
		// Every keystroke replaces one draft; the other 39,999 are remembered, so 200 keystrokes stay quick.
		const started = performance.now();
		for (let i = 0; i < 200; i++) {
			drafts = drafts.map((d, j) => (j === 20_000 ? { ...d, prompt: i % 2 ? `Word ${i}` : '' } : d));
			checks.all(drafts);
			draftsChanged(b.questions, drafts, checks.unchanged);
		}
		expect(checks.all(drafts)).toEqual([]);
		expect(performance.now() - started).toBeLessThan(20_000);
		drafts = drafts.map((d, j) => (j === 20_000 ? { ...d, prompt: ' ' } : d));
		expect(checks.all(drafts)).toEqual([{ question: 20_000, field: 'prompt', path: 'questions[20000].prompt', message: 'prompt is empty' }]);
	}, 60_000);
});

describe('draftsChanged / metaChanged', () => {
	it('tells an edit, a move or a delete from drafts that still hold the saved bank', () => {
		const b = bank();
		const drafts = draftsOf(b);
		expect(draftsChanged(b.questions, drafts)).toBe(false);
		expect(draftsChanged(b.questions, [drafts[1], drafts[0], ...drafts.slice(2)])).toBe(true);
		expect(draftsChanged(b.questions, drafts.slice(1))).toBe(true);
		expect(
			draftsChanged(
				b.questions,
				drafts.map((d, i) => (i === 2 ? { ...d, explanation: 'Why' } : d))
			)
		).toBe(true);
		expect(
			draftsChanged(
				b.questions,
				drafts.map((d, i) => (i === 2 ? { ...d } : d))
			)
		).toBe(false);
	});

	it('sees a title, description or tags change as saving would write it', () => {
		const b = bank();
		const meta = toMetaDraft(b);
		expect(metaChanged(b, meta)).toBe(false);
		expect(metaChanged(b, { ...meta, title: `${b.title}  ` })).toBe(false);
		expect(metaChanged(b, { ...meta, title: 'Capitals' })).toBe(true);
		expect(metaChanged(b, { ...meta, tags: 'asia' })).toBe(true);
		expect(metaChanged(b, { ...meta, description: 'About capitals' })).toBe(true);
	});
});

describe('the list of a large bank', () => {
	it('previews the start of a 10 MB prompt on one line without reading it all', () => {
		const huge = `  First   line\n${'word '.repeat(2_100_000)}`;
		const row = preview(huge, 120);
		expect(row.startsWith('First line word word')).toBe(true);
		expect(row).toHaveLength(120);
		expect(row.endsWith('…')).toBe(true);
		expect(preview('   \n ', 120)).toBe('');
		expect(preview('Short text ', 120)).toBe('Short text');
		expect(preview(`Short${' '.repeat(1000)}`, 10)).toBe('Short');
	});

	it('searches prompts and answers in any letter case, taking the query as plain text', () => {
		const drafts = draftsOf(bank());
		expect(matchingDrafts(drafts, '  ')).toBeNull();
		expect(matchingDrafts(drafts, 'PYONGYANG')).toEqual([3, 4]);
		expect(matchingDrafts(drafts, 'seoul')).toEqual([0, 1, 2]);
		expect(matchingDrafts(drafts, '____ is')).toEqual([1]);
		expect(matchingDrafts(drafts, '(.*)')).toEqual([]);
	});
});

describe('tooLongToEdit', () => {
	it('refuses a field over the cap in one line that names its length and the cap', () => {
		expect(tooLongToEdit('x'.repeat(MAX_EDITABLE_CHARS))).toBeNull();
		expect(tooLongToEdit('x'.repeat(10_485_760))).toBe(
			'This field holds 10,485,760 characters; the editor edits fields of at most 100,000 characters by hand.'
		);
	});

	it('leaves a 10 MB prompt unchanged when another field of its question is edited', () => {
		const q: Question = { id: 'q-big', fact: 'big', type: 'flashcard', prompt: 'x'.repeat(10_485_760), answer: 'Long' };
		const d = { ...toDraft(q, 'e0'), answer: 'Longer' };
		expect(isUnchanged(d)).toBe(false);
		const b: Bank = { format: 'factdeck.bank', version: 1, id: 'big', title: 'Big', questions: [q] };
		const saved = applyEdits(b, toMetaDraft(b), [d]).questions[0];
		expect(saved.prompt).toBe(q.prompt);
		expect(new DraftChecks().all([d])).toEqual([]);
	});
});
