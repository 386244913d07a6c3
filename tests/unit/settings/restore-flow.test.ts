import { RestoreFlow } from '$lib/settings/restore-flow.svelte';
import { storageTrouble, TROUBLE_MESSAGES } from '$lib/app/storage-trouble.svelte';
import { backupFileText } from '$lib/storage/backup-file';
import { saveBank } from '$lib/storage/banks';
import { listSnapshots } from '$lib/storage/snapshots';
import { bankOfFacts, dump } from '../storage/helpers';
import { db, filledAppDb, resetAppDb } from '../storage/app-db';

afterEach(resetAppDb);

const MADE = new Date('2024-03-09T10:00:00Z');
const NOW = new Date('2024-03-12T10:00:00Z');

/** A backup file of the filled database, then a change made after it. */
async function backupThenChange(): Promise<File> {
	await filledAppDb();
	const file = new File([await backupFileText(MADE)], 'factdeck-backup-2024-03-09.json', { type: 'application/json' });
	await saveBank(bankOfFacts('later', 2), NOW, {}, db);
	return file;
}

describe('RestoreFlow', () => {
	it('shows what a backup holds, restores it on confirmation, with an undo snapshot', async () => {
		const file = await backupThenChange();
		const onrestored = vi.fn();
		const flow = new RestoreFlow(onrestored);
		await flow.choose(file);
		expect(flow.step).toBe('confirm');
		expect(flow.summary).toEqual({ fileName: file.name, madeAt: MADE, banks: 2, cards: 6, reviews: 4, attempts: 1, results: 1, media: 1 });
		expect(await db.banks.get('later')).toBeDefined();

		await flow.confirm(NOW);
		expect(flow.step).toBe('done');
		expect(flow.undoAt).toEqual(NOW);
		expect(onrestored).toHaveBeenCalledOnce();
		expect(await db.banks.get('later')).toBeUndefined();
		expect((await listSnapshots()).map((s) => [s.takenAt, s.banks])).toEqual([[NOW, 3]]);
	});

	it('cancelling changes nothing', async () => {
		const file = await backupThenChange();
		const before = await dump(db);
		const flow = new RestoreFlow();
		await flow.choose(file);
		flow.cancel();
		await flow.confirm(NOW);
		expect(flow.step).toBe('choose');
		expect(await dump(db)).toStrictEqual(before);
	});

	it('refuses a file that is not a backup, with its reason, writing nothing', async () => {
		await filledAppDb();
		const before = await dump(db);
		const flow = new RestoreFlow();
		await flow.choose(new File(['{"format":"factdeck.bank","version":1}'], 'bank.json'));
		expect(flow.step).toBe('choose');
		expect(flow.error).toBe(
			'"bank.json" is not a backup Factdeck can restore: this is a question bank, not a backup: import it as a bank. Nothing was changed.'
		);
		expect(flow.problems).toEqual([]);
		await flow.choose(new File(['{"format":"factdeck.backup","version":1,"cards":[]}'], 'broken.json'));
		expect(flow.error).toBe('"broken.json" is not a backup Factdeck can restore. Nothing was changed.');
		expect(flow.problems).toEqual([
			'exportedAt: must be a date',
			'banks: must be a list',
			'reviews: must be a list',
			'attempts: must be a list',
			'settings: must be an object'
		]);
		expect(await dump(db)).toStrictEqual(before);
	});

	it('lists at most 8 problems of a badly damaged file, and counts the rest', async () => {
		const cards = Array.from({ length: 12 }, () => ({}));
		const text = JSON.stringify({
			format: 'factdeck.backup',
			version: 1,
			exportedAt: { $date: MADE.toISOString() },
			banks: [],
			cards,
			reviews: [],
			attempts: [],
			settings: {}
		});
		const flow = new RestoreFlow();
		await flow.choose(new File([text], 'x.json'));
		expect(flow.problems).toHaveLength(9);
		expect(flow.problems.at(-1)).toMatch(/^…and \d+ more$/);
	});

	it('out of space: nothing is written, the banner is raised and the page says so', async () => {
		const file = await backupThenChange();
		const before = await dump(db);
		const flow = new RestoreFlow();
		await flow.choose(file);
		const quota = () => {
			throw new DOMException('Quota exceeded', 'QuotaExceededError');
		};
		db.banks.hook('creating', quota);
		try {
			await flow.confirm(NOW);
		} finally {
			db.banks.hook('creating').unsubscribe(quota);
		}
		expect(flow.step).toBe('confirm');
		expect(flow.error).toBe(`The restore did not happen, and nothing was changed: ${TROUBLE_MESSAGES.full}`);
		expect(storageTrouble.full).toBe(true);
		expect(await dump(db)).toStrictEqual(before);
	});

	it('refuses a backup with malformed attempts when it is chosen, before the confirm step', async () => {
		await filledAppDb();
		const data = JSON.parse(await backupFileText(MADE));
		data.attempts[0].score = 0.8;
		const before = await dump(db);
		const flow = new RestoreFlow();
		await flow.choose(new File([JSON.stringify(data)], 'b.json'));
		expect(flow.step).toBe('choose');
		expect(flow.summary).toBeNull();
		expect(flow.error).toBe('"b.json" is not a backup Factdeck can restore: attempts[0].score: must be { correct, total }. Nothing was changed.');
		await flow.confirm(NOW);
		expect(await dump(db)).toStrictEqual(before);
	});

	it('a read stopped by its budget refuses the file; a read cancelled midway is forgotten', async () => {
		const budgetSpent = new Error('reading it took longer than 60 s, so Factdeck stopped: the file is too large or damaged');
		const flow = new RestoreFlow(
			() => {},
			() => ({ outcome: Promise.reject(budgetSpent), cancel() {} })
		);
		await flow.choose(new File(['{}'], 'huge.json'));
		expect(flow.step).toBe('choose');
		expect(flow.error).toBe(`"huge.json" could not be read (${budgetSpent.message}). Nothing was changed.`);

		const cancel = vi.fn();
		let finish!: (value: never) => void;
		const slow = new RestoreFlow(
			() => {},
			() => ({ outcome: new Promise((resolve) => (finish = resolve)), cancel })
		);
		const choosing = slow.choose(new File(['{}'], 'slow.json'));
		expect(slow.step).toBe('reading');
		slow.cancel();
		expect(cancel).toHaveBeenCalledOnce();
		finish({ ok: false, problems: ['late'] } as never);
		await choosing;
		expect(slow.step).toBe('choose');
		expect(slow.error).toBeNull();
	});
});
