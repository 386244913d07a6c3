import type { Bank } from '$lib/core/bank/schema';
import { answerCard } from '$lib/core/srs/scheduler';
import { BankEditor } from '$lib/editor/bank-editor.svelte';
import { saveAnswer } from '$lib/storage/answers';
import { getBank, getBankMeta, syncShippedBanks } from '$lib/storage/banks';
import { db } from '$lib/storage/db';
import { validBank } from '../core/bank/fixtures';
import { getCard } from '$lib/storage/card-reads';
import { allCards } from '../storage/helpers';

// BankEditor saves to the app's database, as the page does; each test starts it empty.
beforeEach(async () => {
	await db.delete();
	await db.open();
});

const T0 = new Date('2024-03-05T10:00:00Z');
const T1 = new Date('2024-03-06T10:00:00Z');
const T2 = new Date('2024-03-07T10:00:00Z');

async function shippedBank(): Promise<Bank> {
	const bank = validBank() as Bank;
	await syncShippedBanks([bank], T0);
	return (await getBank(bank.id))!;
}

async function study(fact: string, questionId: string) {
	const card = (await getCard(`capitals\u0000${fact}`, db))!;
	const { card: next, log } = answerCard(card, 3, T0, { retention: 0.9, fuzz: false }, questionId, 1000);
	await saveAnswer(next, log);
	return next;
}

describe('BankEditor', () => {
	it("saves an edit and keeps the progress of the edited question's fact", async () => {
		const editor = new BankEditor(await shippedBank());
		const studied = await study('seoul-capital', 'q-1');
		expect(editor.dirty).toBe(false);
		expect(editor.saveBlocked).toBe('No changes to save.');

		editor.update(editor.drafts[0].key, { prompt: 'The capital of South Korea' });
		expect(editor.dirty).toBe(true);
		expect(editor.canSave).toBe(true);
		expect(await editor.save(T1)).toBe(true);

		const saved = (await getBank('capitals'))!;
		expect(saved.questions[0]).toMatchObject({ prompt: 'The capital of South Korea', fact: 'seoul-capital' });
		expect(await getCard('capitals\u0000seoul-capital', db)).toStrictEqual(studied);
		expect(editor.dirty).toBe(false);
		expect(editor.savedAt).toEqual(T1);
	});

	it('blocks saving while the schema has messages, and says why', async () => {
		const editor = new BankEditor(await shippedBank());
		editor.update(editor.drafts[2].key, { prompt: ' ', answer: 'Pusan' });
		expect(editor.problems.map((p) => p.path)).toEqual(['questions[2].prompt', 'questions[2].choices']);
		expect(editor.canSave).toBe(false);
		expect(editor.saveBlocked).toBe('Fix the 2 problems listed at the top to save.');
		expect(await editor.save(T1)).toBe(false);
		expect((await getBank('capitals'))!.questions[2].prompt).toBe('What is the capital of South Korea?');
	});

	it('undoes deletes in turn until the bank is saved', async () => {
		const editor = new BankEditor(await shippedBank());
		const [first, , third] = editor.drafts.map((d) => d.key);
		editor.remove(first);
		editor.remove(third);
		expect(editor.drafts).toHaveLength(3);
		expect(editor.lastDeleted?.index).toBe(1);
		expect(editor.undo()).toBe(third);
		expect(editor.undo()).toBe(first);
		expect(editor.undo()).toBeNull();
		expect(editor.dirty).toBe(false);

		editor.remove(first);
		await editor.save(T1);
		expect(editor.undoCount).toBe(0);
		expect((await getBankMeta('capitals'))!.questionCount).toBe(4);
	});

	it('adds a question with a new fact, or one tied to an existing fact', async () => {
		const editor = new BankEditor(await shippedBank());
		const a = editor.add('short');
		editor.update(a, { prompt: 'Capital of Japan?', answer: 'Tokyo' });
		const b = editor.add('flashcard');
		editor.update(b, { prompt: 'Seoul', answer: 'Capital of South Korea' });
		editor.setFact(b, 'seoul-capital');
		await editor.save(T1);
		const saved = (await getBank('capitals'))!.questions;
		expect(saved[5].fact).toBe(saved[5].id);
		expect(saved[6].fact).toBe('seoul-capital');
		expect(await allCards(db)).toHaveLength(3);
		// The editor now holds the saved bank: the same edit again changes nothing.
		expect(editor.drafts[5].origin).toEqual(saved[5]);
		expect(editor.dirty).toBe(false);
	});

	it("makes an edited shipped bank the learner's own copy, which a changed shipped version no longer overwrites", async () => {
		const editor = new BankEditor(await shippedBank());
		await editor.checkShipped();
		expect(editor.shipped).toBe(true);
		const studied = await study('pyongyang-capital', 'q-4');
		editor.setMeta({ title: 'My capitals' });
		await editor.save(T1);
		expect(editor.shipped).toBe(false);
		expect((await getBankMeta('capitals'))!.shipped).toBe(false);

		const newer = { ...(validBank() as Bank), title: 'Korean capitals, second edition' };
		expect(await syncShippedBanks([newer], T2)).toEqual({ added: [], updated: [], unchanged: ['capitals'] });
		expect((await getBank('capitals'))!.title).toBe('My capitals');
		expect(await getCard('capitals\u0000pyongyang-capital', db)).toStrictEqual(studied);
	});

	it('keeps a keystroke cheap in a bank of 40,000 questions: messages and "changed" follow each edit', () => {
		const questions = Array.from({ length: 40_000 }, (_, i) => ({
			id: `q-${i}`,
			fact: `f-${i}`,
			type: 'flashcard' as const,
			prompt: `Word ${i}`,
			answer: `Meaning ${i}`
		}));
		const editor = new BankEditor({ format: 'factdeck.bank', version: 1, id: 'large', title: 'Large', questions });
		expect(editor.problems).toEqual([]);
		const key = editor.drafts[39_999].key;
		const started = performance.now();
		for (let i = 0; i < 100; i++) {
			editor.update(key, { prompt: i % 2 ? 'Word 39999' : 'Word 39999 edited' });
			void editor.problems;
			void editor.canSave;
		}
		expect(performance.now() - started).toBeLessThan(20_000);
		expect(editor.dirty).toBe(false);
		editor.update(key, { prompt: '' });
		expect(editor.problems.map((p) => p.path)).toEqual(['questions[39999].prompt']);
		expect(editor.saveBlocked).toBe('Fix the problem listed at the top to save.');
		editor.update(key, { prompt: 'Another word' });
		expect(editor.canSave).toBe(true);
	}, 60_000);

	it('reports a failed save and keeps the edits', async () => {
		const editor = new BankEditor(await shippedBank());
		editor.update(editor.drafts[0].key, { prompt: 'Changed' });
		db.close();
		try {
			expect(await editor.save(T1)).toBe(false);
			expect(editor.error).toMatch(/^The bank was not saved: /);
			expect(editor.dirty).toBe(true);
		} finally {
			await db.open();
		}
	});
});
