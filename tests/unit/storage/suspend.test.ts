import { emitBackup, parseBackup, BACKUP_FORMAT, BACKUP_VERSION } from '$lib/core/formats/backup';
import { countDueTomorrow } from '$lib/storage/answers';
import { exportAll, restoreAll } from '$lib/storage/backup';
import { saveBank } from '$lib/storage/banks';
import { setSuspended } from '$lib/storage/browse';
import { countTables } from '$lib/storage/counts';
import { countBank } from '$lib/storage/counting';
import { gatherQueueHead } from '$lib/storage/queue';
import { gatherQueue } from '$lib/storage/queue-lists';
import { getCard } from '$lib/storage/card-reads';
import { listBankSummaries } from '$lib/storage/summaries';
import { bankOfFacts, closeAll, freshDb, local, setCard, settings } from './helpers';

afterEach(closeAll);

const T0 = local(2024, 3, 1, 12);
const id = (bank: string, fact: string) => `${bank}\u0000${fact}`;
const ids = (cards: { id: string }[]) => cards.map((c) => c.id).sort();

/** Bank "a" with 4 facts: f0 and f1 due reviews, f2 learning due, f3 New; bank "b" with 2 New facts. */
async function seeded() {
	const d = freshDb();
	await saveBank(bankOfFacts('a', 4), T0, {}, d);
	await saveBank(bankOfFacts('b', 2), T0, {}, d);
	await setCard(d, 'a', 'f0', 2, local(2024, 3, 1, 8));
	await setCard(d, 'a', 'f1', 2, local(2024, 3, 1, 9));
	await setCard(d, 'a', 'f2', 1, local(2024, 3, 1, 10));
	return d;
}

describe('suspended cards', () => {
	it('leave the queue, its counts and the library counts, in one bank and in all, and come back when unsuspended', async () => {
		const d = await seeded();
		const s = settings();
		const before = await gatherQueueHead({}, T0, s, d);
		expect(before.counts).toEqual({ new: 3, learning: 1, review: 2 });
		expect(await setSuspended([id('a', 'f0'), id('a', 'f2'), id('a', 'f3'), id('b', 'f0')], true, d)).toBe(4);

		for (const scope of [{ bankId: 'a' }, {}]) {
			const head = await gatherQueueHead(scope, T0, s, d);
			expect(head.reviews.map((c) => c.id)).toEqual([id('a', 'f1')]);
			expect(head.learning).toEqual([]);
			const whole = await gatherQueue(scope, T0, s, d);
			expect(
				ids([...whole.learning, ...whole.reviews, ...whole.fresh]).some((c) => [id('a', 'f0'), id('a', 'f2'), id('a', 'f3'), id('b', 'f0')].includes(c))
			).toBe(false);
		}
		expect((await gatherQueueHead({ bankId: 'a' }, T0, s, d)).counts).toEqual({ new: 0, learning: 0, review: 1 });
		const all = await gatherQueueHead({}, T0, s, d);
		expect(all.counts).toEqual({ new: 1, learning: 0, review: 1 });
		expect(all.fresh?.id).toBe(id('b', 'f1'));
		const library = await listBankSummaries(T0, s, d);
		expect(library.map((b) => [b.id, b.due, b.new])).toEqual([
			['a', 1, 0],
			['b', 0, 1]
		]);
		expect(await countDueTomorrow({}, T0, s, d)).toBe(1);
		// The stored counts say what counting afresh says.
		const counted = await d.transaction('r', countTables(d), () => countBank(d, 'a'));
		expect(await d.bankCounts.get('a')).toEqual(counted);
		expect(counted.fresh).toBe(0);

		expect(await setSuspended([id('a', 'f0'), id('a', 'f2'), id('a', 'f3'), id('b', 'f0')], false, d)).toBe(4);
		expect((await gatherQueueHead({}, T0, s, d)).counts).toEqual(before.counts);
		expect((await getCard(id('a', 'f0'), d))!).not.toHaveProperty('suspended');
	});

	it('changes nothing for cards already so, and says so', async () => {
		const d = await seeded();
		expect(await setSuspended([id('a', 'f0')], false, d)).toBe(0);
		expect(await setSuspended([id('a', 'f0'), id('a', 'f0'), 'nowhere'], true, d)).toBe(1);
		expect(await setSuspended([id('a', 'f0')], true, d)).toBe(0);
	});

	it('stay suspended through a bank re-save, a backup file and its restore', async () => {
		const d = await seeded();
		await setSuspended([id('a', 'f0'), id('a', 'f3')], true, d);
		await saveBank(bankOfFacts('a', 5), T0, {}, d);
		expect((await getCard(id('a', 'f3'), d))!.suspended).toBe(1);
		expect((await gatherQueueHead({ bankId: 'a' }, T0, settings(), d)).counts.new).toBe(1);

		const data = await exportAll(d);
		const text = emitBackup({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: T0, ...data });
		const parsed = parseBackup(text);
		if (!parsed.ok) throw new Error(parsed.error.message);
		const to = freshDb();
		await restoreAll(parsed.backup, T0, to);
		expect((await getCard(id('a', 'f0'), to))!.suspended).toBe(1);
		expect(
			await to.cards
				.where('[suspended+state+due]')
				.between([1, 0, new Date(0)], [1, 3, new Date(2e12)])
				.count()
		).toBe(2);
		expect((await gatherQueueHead({ bankId: 'a' }, T0, settings(), to)).counts).toEqual({ new: 1, learning: 1, review: 1 });
	});

	it('are refused in a backup when the flag holds anything but 1', async () => {
		const d = await seeded();
		const data = await exportAll(d);
		const cards = data.cards.map((c, i) => (i === 0 ? { ...c, suspended: true } : c));
		const parsed = parseBackup(emitBackup({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: T0, ...data, cards: cards as never }));
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(JSON.stringify(parsed.error)).toContain('cards[0].suspended');
	});
});
