import { MAX_FILE_BYTES } from '$lib/core/formats';
import { emitBackup } from '$lib/core/formats/backup';
import { BankImport } from '$lib/import/bank-import.svelte';
import { ImportFlow } from '$lib/import/import-flow.svelte';
import type { ReadOutcome } from '$lib/import/import-read';
import { getBank, getBankMeta } from '$lib/storage/banks';
import { bankOfFacts, closeAll, dump, freshDb, allCards } from '../storage/helpers';
import { importBank } from '$lib/storage/imports';
import { deps, fixtureFile, importer, readHere, T0, textFile } from './import-helpers';

afterEach(closeAll);

const CAPITALS = 'front,back\nCapital of France,Paris\nCapital of Spain,Madrid\nCapital of Italy,Rome\n';

describe('BankImport', () => {
	it('previews a CSV file without writing, then imports it under the edited title', async () => {
		const { database, state } = importer();
		const before = await dump(database);
		await state.open(textFile('capitals.csv', CAPITALS));
		expect(state.refusal).toBeNull();
		expect(state.formatLabel).toBe('CSV (comma-separated text)');
		const flow = state.flow!;
		expect(flow.phase).toBe('preview');
		expect(flow.incoming.bank.questions.map((q) => q.answer)).toEqual(['Paris', 'Madrid', 'Rome']);
		expect(flow.title).toBe('capitals');
		expect(await dump(database)).toEqual(before);

		flow.title = '  European capitals ';
		await flow.confirm();
		expect(flow.phase).toBe('done');
		expect(flow.importedId).toBe('capitals');
		expect(flow.progress.done).toBe(flow.progress.total);
		expect(flow.progress.total).toBeGreaterThan(0);
		const stored = await getBank('capitals', database);
		expect(stored?.title).toBe('European capitals');
		expect(stored?.questions).toEqual(flow.incoming.bank.questions);
		expect((await allCards(database)).filter((c) => c.bankId === 'capitals')).toHaveLength(3);
	});

	it('refuses a file over the size limit before reading it', async () => {
		const database = freshDb();
		const read = vi.fn(readHere);
		const state = new BankImport({ ...deps(database), read });
		const huge = { name: 'huge.csv', size: MAX_FILE_BYTES + 1 } as File;
		await state.open(huge);
		expect(read).not.toHaveBeenCalled();
		expect(state.refusal).toEqual({ kind: 'too-large', size: '100 MB', limit: '100 MB' });
		expect(state.flow).toBeNull();
	});

	it('lists every parse problem with its line and writes nothing', async () => {
		const { database, state } = importer();
		const before = await dump(database);
		await state.open(textFile('broken.csv', 'front,back\n"Capital of France,Paris\nCapital of Spain,Madrid\n'));
		expect(state.flow).toBeNull();
		expect(state.refusal).toEqual({
			kind: 'problems',
			format: 'CSV (comma-separated text)',
			problems: [{ line: 2, message: expect.stringContaining('never closed') }]
		});
		expect(await dump(database)).toEqual(before);
	});

	it('says what is wrong with a truncated Anki package and writes nothing', async () => {
		const { database, state } = importer();
		const before = await dump(database);
		const whole = new Uint8Array(await fixtureFile('apkg/update1.apkg').arrayBuffer());
		await state.open(new File([whole.subarray(0, whole.length >> 1)], 'update1.apkg'));
		expect(state.formatLabel).toBe('Anki package');
		expect(state.refusal).toMatchObject({ kind: 'problems', problems: [{ message: expect.stringMatching(/zip/) }] });
		expect(await dump(database)).toEqual(before);
	});

	it('recognises a full backup and leaves it to Settings', async () => {
		const { state } = importer();
		const backup = emitBackup({ format: 'factdeck.backup', version: 1, exportedAt: T0, banks: [], cards: [], reviews: [], attempts: [], settings: {} });
		await state.open(textFile('factdeck-backup.json', backup));
		expect(state.refusal).toEqual({ kind: 'backup' });
		expect(state.flow).toBeNull();
	});

	it('says when it cannot tell the format', async () => {
		const { state } = importer();
		await state.open(new File([new Uint8Array([0, 1, 2, 3, 0, 5])], 'mystery.bin'));
		expect(state.refusal).toEqual({ kind: 'unknown' });
	});

	it('reports a reader that fails, and writes nothing', async () => {
		const database = freshDb();
		const state = new BankImport({ ...deps(database), read: () => ({ outcome: Promise.reject(new Error('out of memory')), cancel() {} }) });
		await state.open(textFile('capitals.csv', CAPITALS));
		expect(state.refusal).toEqual({ kind: 'unreadable', message: 'out of memory' });
		expect(await database.banks.count()).toBe(0);
	});

	it('shows a deck with no importable question, names what was left out, and never imports it', async () => {
		const { database, state } = importer();
		await state.open(fixtureFile('apkg/media.apkg'));
		const flow = state.flow!;
		expect(flow.importable).toBe(false);
		expect(flow.incoming.unsupported).toEqual([expect.objectContaining({ record: 1, kind: 'empty' })]);
		expect(flow.incoming.warnings.map((w) => w.message)).toEqual(
			expect.arrayContaining([expect.stringContaining('foo.wav'), expect.stringContaining('scheduling')])
		);
		await flow.confirm();
		expect(flow.phase).toBe('preview');
		expect(await database.banks.count()).toBe(0);
	});

	it('ignores a file whose reading was overtaken by another', async () => {
		const database = freshDb();
		let finishFirst: (o: ReadOutcome) => void = () => {};
		const cancel = vi.fn();
		const reads = [{ outcome: new Promise<ReadOutcome>((resolve) => (finishFirst = resolve)), cancel }, readHere(textFile('capitals.csv', CAPITALS))];
		const state = new BankImport({ ...deps(database), read: () => reads.shift()! });
		const first = state.open(textFile('first.csv', 'a,b\n'));
		expect(state.reading).toBe(true);
		await state.open(textFile('capitals.csv', CAPITALS));
		expect(cancel).toHaveBeenCalled();
		finishFirst({ kind: 'unknown' });
		await first;
		expect(state.refusal).toBeNull();
		expect(state.fileName).toBe('capitals.csv');
		expect(state.flow?.incoming.bank.id).toBe('capitals');
	});
});

describe('BankImport when the bank id is taken', () => {
	async function clash() {
		const ctx = importer();
		await importBank({ ...bankOfFacts('capitals', 2), title: 'My capitals' }, T0, { onConflict: 'replace' }, ctx.database);
		await ctx.state.open(textFile('capitals.csv', CAPITALS));
		const flow = ctx.state.flow!;
		await flow.confirm();
		return { ...ctx, flow };
	}

	it('asks first, and Cancel writes nothing', async () => {
		const { database, flow } = await clash();
		expect(flow.phase).toBe('conflict');
		expect(flow.clash).toEqual({
			id: 'capitals',
			title: 'My capitals',
			questionCount: 2,
			shipped: false,
			loss: { studied: 0, lost: 0, lostReviews: 0, reviews: 0, sharedFacts: 0, facts: 2 }
		});
		const before = await dump(database);
		flow.cancel();
		expect(flow.phase).toBe('preview');
		expect(flow.clash).toBeNull();
		expect(await dump(database)).toEqual(before);
	});

	it('Keep both adds the file as a second bank and leaves the stored one alone', async () => {
		const { database, flow } = await clash();
		const stored = await getBank('capitals', database);
		await flow.choose('copy');
		expect(flow.phase).toBe('done');
		expect(flow.importedId).toBe('capitals-2');
		expect(await getBank('capitals', database)).toEqual(stored);
		expect((await getBank('capitals-2', database))?.questions).toHaveLength(3);
	});

	it("Replace swaps the questions in place, keeping the stored bank's id and date added", async () => {
		const { database, flow } = await clash();
		const addedAt = (await getBankMeta('capitals', database))!.addedAt;
		await flow.choose('replace');
		expect(flow.importedId).toBe('capitals');
		expect(await database.banks.count()).toBe(1);
		const meta = await getBankMeta('capitals', database);
		expect(meta).toMatchObject({ title: 'capitals', questionCount: 3, addedAt });
		// The old bank's facts (f0, f1) are not in the file: their cards go, the file's facts get new ones.
		expect(
			(await allCards(database))
				.filter((c) => c.bankId === 'capitals')
				.map((c) => c.fact)
				.sort()
		).toEqual(flow.incoming.bank.questions.map((q) => q.fact).sort());
	});
});

describe('ImportFlow', () => {
	it('writes nothing when the write fails part-way, and says so', async () => {
		const database = freshDb();
		const before = await dump(database);
		const good = bankOfFacts('deck', 3);
		// Two questions under one id: the second question write fails inside the transaction.
		const bank = { ...good, questions: [...good.questions, { ...good.questions[0], fact: 'f9' }] };
		const flow = new ImportFlow({ bank, warnings: [], unsupported: [], media: new Map() }, deps(database));
		await flow.confirm();
		expect(flow.phase).toBe('preview');
		expect(flow.error).toMatch(/^Nothing was imported: /);
		expect(await dump(database)).toEqual(before);
	});
});
