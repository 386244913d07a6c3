import { encodeBankPayload } from '$lib/core/share/link';
import { SharedBank, type PartStore } from '$lib/share/shared-bank.svelte';
import { splitLink, type LinkPart } from '$lib/core/share/parts';
import { encodeBankLink } from '$lib/core/share/link';
import { getBank, getBankMeta, saveBank } from '$lib/storage/banks';
import { listSnapshots, restoreSnapshot } from '$lib/storage/snapshots';
import { bankOfFacts, closeAll, dump, freshDb, allCards } from '../storage/helpers';
import { facts, library, study } from '../storage/progress';
import { smallBank } from '../core/share/fixtures';
import { deps, T0 } from '../import/import-helpers';
import { getCard } from '$lib/storage/card-reads';

afterEach(closeAll);

const fragment = (bank = smallBank()) => `#b=${encodeBankPayload(bank)}`;

describe('SharedBank', () => {
	it('shows the bank of the link and writes nothing until it is added', async () => {
		const database = freshDb();
		const shared = new SharedBank(deps(database));
		shared.open(fragment());
		expect(shared.error).toBeNull();
		const flow = shared.flow!;
		expect(flow.incoming.bank).toEqual(smallBank());
		expect(flow.phase).toBe('preview');
		expect(await database.banks.count()).toBe(0);

		await flow.confirm();
		expect(flow.phase).toBe('done');
		expect(flow.importedId).toBe(smallBank().id);
		expect(await getBank(smallBank().id, database)).toEqual(smallBank());
	});

	it('says exactly what is wrong with a damaged or cut-off link, and writes nothing', async () => {
		const database = freshDb();
		const before = await dump(database);
		const shared = new SharedBank(deps(database));
		const good = fragment();
		const middle = good.length >> 1;
		shared.open(good.slice(0, middle) + (good[middle] === 'A' ? 'B' : 'A') + good.slice(middle + 1));
		expect(shared.error).toMatch(/^This link is damaged: /);
		expect(shared.flow).toBeNull();
		shared.open(good.slice(0, -40));
		expect(shared.error).toMatch(/cut off|checksum|changed or lost/);
		shared.open('#b=');
		expect(shared.error).toBe('This link is damaged: the bank part after "#b=" is empty.');
		expect(await dump(database)).toEqual(before);
	});

	it('explains a page opened with no bank in its fragment', () => {
		const shared = new SharedBank(deps(freshDb()));
		shared.open('');
		expect(shared.empty).toBe(true);
		expect(shared.error).toBeNull();
		expect(shared.flow).toBeNull();
		shared.open('#section=2');
		expect(shared.empty).toBe(false);
		expect(shared.error).toMatch(/^This is not a bank link/);
	});

	it('keeps its flow when the same fragment is read again, and starts over on a new one', () => {
		const shared = new SharedBank(deps(freshDb()));
		shared.open(fragment());
		const flow = shared.flow;
		shared.open(fragment());
		expect(shared.flow).toBe(flow);
		shared.open(fragment({ ...smallBank(), id: 'other' }));
		expect(shared.flow).not.toBe(flow);
		expect(shared.flow?.incoming.bank.id).toBe('other');
	});

	it('the same link twice: Keep both makes a second bank', async () => {
		const database = freshDb();
		const link = fragment();
		const first = new SharedBank(deps(database));
		first.open(link);
		await first.flow!.confirm();
		const second = new SharedBank(deps(database));
		second.open(link);
		const flow = second.flow!;
		await flow.confirm();
		expect(flow.phase).toBe('conflict');
		await flow.choose('copy');
		expect(flow.importedId).toBe(`${smallBank().id}-2`);
		expect(await database.banks.count()).toBe(2);
	});

	it('Replace keeps the study progress of every fact the two share', async () => {
		const database = freshDb();
		const bank = smallBank();
		await saveBank(bank, T0, {}, database);
		const [card] = await allCards(database);
		const learnt = { ...card, state: 2 as const, reps: 4, stability: 12 };
		await database.cards.put(learnt);
		const shared = new SharedBank(deps(database));
		shared.open(fragment({ ...bank, title: 'Updated' }));
		await shared.flow!.confirm();
		await shared.flow!.choose('replace');
		expect((await getBankMeta(bank.id, database))?.title).toBe('Updated');
		expect(await getCard(card.id, database)).toEqual(learnt);
	});

	it('loads the shipped banks before looking for a clash, so a shared shipped bank is seen as one', async () => {
		const database = freshDb();
		const bank = smallBank();
		const shared = new SharedBank(deps(database, () => saveBank(bank, T0, { shipped: true }, database)));
		shared.open(fragment(bank));
		await shared.flow!.confirm();
		expect(shared.flow!.clash).toMatchObject({ id: bank.id, shipped: true });
	});

	it('still imports when the shipped banks cannot be loaded', async () => {
		const database = freshDb();
		const shared = new SharedBank(deps(database, () => Promise.reject(new Error('offline'))));
		shared.open(fragment());
		await shared.flow!.confirm();
		expect(shared.flow!.phase).toBe('done');
	});

	it('writes nothing, and says so, when the write fails', async () => {
		const database = freshDb();
		const shared = new SharedBank(deps(database));
		shared.open(fragment());
		database.close({ disableAutoOpen: true });
		await shared.flow!.confirm();
		expect(shared.flow!.phase).toBe('preview');
		expect(shared.flow!.error).toMatch(/^(The library could not be read|Nothing was imported): /);
		await database.open();
		expect(await database.banks.count()).toBe(0);
	});

	describe('a link whose bank has the id of a studied bank', () => {
		/** The learner's bank of 15 facts, 12 of them studied twice, and a link of the same id and another title whose facts differ. */
		async function studied() {
			const database = freshDb();
			const mine = bankOfFacts('capitals', 15, { title: 'Capitals' });
			await saveBank(mine, T0, {}, database);
			await study(database, 'capitals', facts(12), 2);
			const theirs = bankOfFacts('capitals', 4, { title: 'Capitals (updated)' });
			theirs.questions = theirs.questions.map((q) => ({ ...q, fact: `new-${q.fact}` }));
			const shared = new SharedBank(deps(database));
			shared.open(fragment(theirs));
			await shared.flow!.confirm();
			return { database, flow: shared.flow! };
		}
		it('asks first, counting the studied cards and answers a replace would lose', async () => {
			const { flow } = await studied();
			expect(flow.phase).toBe('conflict');
			expect(flow.clash).toMatchObject({ title: 'Capitals', questionCount: 15 });
			expect(flow.clash!.loss).toEqual({ studied: 12, lost: 12, lostReviews: 24, reviews: 24, sharedFacts: 0, facts: 15 });
		});

		it('Keep mine writes nothing, and neither does leaving the question open', async () => {
			const { database, flow } = await studied();
			const before = await dump(database);
			flow.cancel();
			expect(flow.phase).toBe('preview');
			expect(await dump(database)).toStrictEqual(before);
			expect(await database.snapshots.count()).toBe(0);
		});

		it('Add as a copy leaves the studied bank exactly as it was', async () => {
			const { database, flow } = await studied();
			const before = await library(database);
			await flow.choose('copy');
			expect(flow.importedId).toBe('capitals-2');
			const after = await library(database);
			expect(after.cards.filter((c) => c.bankId === 'capitals')).toStrictEqual(before.cards);
			expect(after.reviews).toStrictEqual(before.reviews);
			expect(flow.snapshotTaken).toBe(false);
		});

		it('Replace takes a snapshot first, and restoring it brings back every card and answer exactly', async () => {
			const { database, flow } = await studied();
			const before = await library(database);
			await flow.choose('replace');
			expect(flow.phase).toBe('done');
			expect(flow.snapshotTaken).toBe(true);
			expect((await database.cards.toArray()).filter((c) => c.state !== 0)).toEqual([]);
			const [snapshot] = await listSnapshots(database);
			expect(snapshot).toMatchObject({ takenAt: T0, banks: 1, cards: 15, reviews: 24 });

			await restoreSnapshot(snapshot.id, T0, database);
			expect(await library(database)).toStrictEqual(before);
		});
	});
});

describe('SharedBank with a link split over several QR codes', () => {
	/** Parts kept in memory, as localStorage keeps them between the tabs a phone camera opens. */
	function memory(): PartStore & { kept: LinkPart[] } {
		const store = { kept: [] as LinkPart[], load: () => store.kept, save: (parts: LinkPart[]) => void (store.kept = parts) };
		return store;
	}
	const fragments = (bank = smallBank()) => splitLink(encodeBankLink(bank, 'https://factdeck.example/'), 200)!.map((link) => link.slice(link.indexOf('#')));

	it('waits for every part, saying which are missing, then opens the bank and forgets the parts', () => {
		const parts = fragments();
		expect(parts.length).toBeGreaterThan(2);
		const store = memory();
		// Each scan opens the page anew.
		const first = new SharedBank(deps(freshDb()), store);
		first.open(parts[1]);
		expect(first.flow).toBeNull();
		expect(first.waiting).toEqual({ have: [2], missing: parts.map((_, i) => i + 1).filter((n) => n !== 2), total: parts.length });
		for (const part of parts.slice(2)) new SharedBank(deps(freshDb()), store).open(part);
		const last = new SharedBank(deps(freshDb()), store);
		last.open(parts[0]);
		expect(last.waiting).toBeNull();
		expect(last.error).toBeNull();
		expect(last.flow?.incoming.bank).toEqual(smallBank());
		expect(store.kept).toEqual([]);
	});

	it('drops parts of an earlier, different link when a new set is scanned', () => {
		const store = memory();
		const old = fragments({ ...smallBank(), title: 'Old test' });
		new SharedBank(deps(freshDb()), store).open(old[0]);
		const parts = fragments();
		const shared = new SharedBank(deps(freshDb()), store);
		shared.open(parts[0]);
		expect(shared.waiting?.have).toEqual([1]);
		expect(store.kept.every((p) => p.set === store.kept[0].set)).toBe(true);
		expect(store.kept).toHaveLength(1);
	});
});
