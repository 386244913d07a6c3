import { getBank } from '$lib/storage/banks';
import { closeAll, dump } from '../storage/helpers';
import { importer } from './import-helpers';

afterEach(closeAll);

describe('BankImport of pasted text', () => {
	it('detects cells copied from a spreadsheet, previews them with their warnings placed, and imports them', async () => {
		const { database, state } = importer();
		const before = await dump(database);
		await state.paste('question\tanswer\tchoices\nCapital of Korea?\tSeoul\tSeoul|Busan\nLargest port?\tBusan\tIncheon|Ulsan\n');
		expect(state.pasted).toBe(true);
		expect(state.formatLabel).toBe('TSV (tab-separated text)');
		const flow = state.flow!;
		expect(flow.title).toBe('Pasted questions');
		expect(flow.incoming.bank.questions.map((q) => q.choices)).toEqual([
			['Seoul', 'Busan'],
			['Busan', 'Incheon', 'Ulsan']
		]);
		expect(flow.incoming.origins).toEqual([{ line: 2 }, { line: 3 }]);
		expect(flow.incoming.warnings).toEqual([{ line: 3, message: expect.stringContaining('not among the choices') }]);
		expect(await dump(database)).toEqual(before);
		await flow.confirm();
		expect(flow.phase).toBe('done');
		expect((await getBank(flow.importedId!, database))?.questions).toHaveLength(2);
	});

	it('reads a Quizlet export with the separators chosen', async () => {
		const { state } = importer();
		await state.paste('Seoul :: Capital ## Busan :: Port ##', { as: 'quizlet', separators: { term: '::', card: '##' } });
		expect(state.formatLabel).toBe('Quizlet export');
		expect(state.flow!.incoming.bank.questions.map((q) => [q.type, q.prompt, q.answer])).toEqual([
			['flashcard', 'Seoul', 'Capital'],
			['flashcard', 'Busan', 'Port']
		]);
	});

	it('detects Quizlet’s one-line export by its semicolons', async () => {
		const { state } = importer();
		await state.paste('Seoul,Capital;Busan,Port;');
		expect(state.formatLabel).toBe('Quizlet export');
		expect(state.flow!.questionCount).toBe(2);
	});

	it('says when it cannot tell what pasted text is, and forgets it was pasted on reset', async () => {
		const { state } = importer();
		await state.paste('Just a sentence.');
		expect(state.refusal).toEqual({ kind: 'unknown' });
		expect(state.pasted).toBe(true);
		state.reset();
		expect(state.pasted).toBe(false);
	});
});
