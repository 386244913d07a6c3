import { describe, expect, test } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { reviews } from '../../src/server/db/schema';
import type { PulledReview } from '../../src/lib/core/sync/protocol';
import { ENGINES } from './engines';
import { pullAs, pullEverything, pushAs, questionDoc, review, signedInAccount, syncAppOn } from './sync-helpers';

const AT = Date.UTC(2026, 5, 1);

describe.each(ENGINES)('sync on %s', (engine) => {
	const on = syncAppOn(engine);

	const rowsOf = async (accountId: string) => (await on.database.db.select({ n: count() }).from(reviews).where(eq(reviews.accountId, accountId)))[0].n;

	test('the same reviews pushed twice are stored once', async () => {
		const ada = await signedInAccount(on.database.db);
		const batch = [review(AT), review(AT + 1000), review(AT + 2000)];
		const first = await pushAs(on.app, ada, { deviceId: 'laptop', reviews: batch, docs: [] });
		expect(first).toEqual({ status: 200, json: { stored: 3, duplicates: 0, docs: [] } });
		const again = await pushAs(on.app, ada, { deviceId: 'laptop', reviews: [...batch, batch[0]], docs: [] });
		expect(again.json).toMatchObject({ stored: 0, duplicates: 4 });
		expect(await rowsOf(ada.accountId)).toBe(3);
		const page = await pullAs(on.app, ada, 0);
		expect(page.reviews.map((r) => r.seq)).toEqual([1, 2, 3]);
		expect(page).toMatchObject({ cursor: 3, more: false });
	});

	test('two devices pushing in turn: pulled in pages of 3, every change comes once and in order', async () => {
		const ada = await signedInAccount(on.database.db);
		const sent: string[] = [];
		for (let round = 0; round < 4; round++) {
			for (const device of ['laptop', 'phone']) {
				const batch = [review(AT + round), review(AT + round + 1)];
				sent.push(...batch.map((r) => r.id));
				const docs = [questionDoc('bank-1', `${device}-q${round}`, `Prompt ${round}`, null)];
				sent.push(`question:${device}-q${round}`);
				expect((await pushAs(on.app, ada, { deviceId: device, reviews: batch, docs })).status).toBe(200);
			}
		}
		const pages = await pullEverything(on.app, ada, 0, 3);
		const numbers: number[] = [];
		const got: string[] = [];
		let since = 0;
		for (const page of pages) {
			const changes = [...page.reviews.map((r) => ({ n: r.seq, name: r.id })), ...page.docs.map((d) => ({ n: d.rev, name: `${d.kind}:${d.key}` }))];
			expect(changes.length).toBeLessThanOrEqual(3);
			// The page holds exactly the changes in (since, cursor].
			for (const c of changes) expect(c.n > since && c.n <= page.cursor).toBe(true);
			numbers.push(...changes.map((c) => c.n).sort((a, b) => a - b));
			got.push(...changes.map((c) => c.name));
			since = page.cursor;
		}
		expect(pages.at(-1)!.more).toBe(false);
		expect(numbers).toEqual(Array.from({ length: sent.length }, (_, i) => i + 1));
		expect(got.sort()).toEqual([...sent].sort());
	});

	test('an undo of a pushed review reaches a device that had already pulled it', async () => {
		const ada = await signedInAccount(on.database.db);
		const answer = review(AT);
		await pushAs(on.app, ada, { deviceId: 'laptop', reviews: [answer], docs: [] });
		const seen = await pullAs(on.app, ada, 0);
		expect(seen.reviews).toMatchObject([{ id: answer.id, undone: false, deviceId: 'laptop' }]);
		const undo = await pushAs(on.app, ada, { deviceId: 'laptop', reviews: [{ ...answer, undone: true }], docs: [] });
		expect(undo.json).toMatchObject({ stored: 1, duplicates: 0 });
		const later = await pullAs(on.app, ada, seen.cursor);
		expect(later.reviews).toMatchObject([{ id: answer.id, undone: true }]);
		expect(later.reviews[0].seq).toBeGreaterThan(seen.cursor);
		// An undo never seen before is stored as undone; undoing twice changes nothing.
		const unseen = review(AT + 5);
		await pushAs(on.app, ada, { deviceId: 'phone', reviews: [{ ...unseen, undone: true }], docs: [] });
		expect((await pushAs(on.app, ada, { deviceId: 'laptop', reviews: [{ ...answer, undone: true }], docs: [] })).json).toMatchObject({
			stored: 0,
			duplicates: 1
		});
		const all = (await pullEverything(on.app, ada)).flatMap((p) => p.reviews);
		expect(all.map((r: PulledReview) => [r.id, r.undone])).toEqual([
			[answer.id, true],
			[unseen.id, true]
		]);
		expect(await rowsOf(ada.accountId)).toBe(2);
	});

	test('a question edited on two devices: the later push wins and shows the revision its writer had seen', async () => {
		const ada = await signedInAccount(on.database.db);
		const created = await pushAs(on.app, ada, { deviceId: 'laptop', reviews: [], docs: [questionDoc('bank-1', 'q1', 'First', null)] });
		const rev = created.json.docs[0].rev!;
		const laptop = await pushAs(on.app, ada, { deviceId: 'laptop', reviews: [], docs: [questionDoc('bank-1', 'q1', 'From the laptop', rev)] });
		const phone = await pushAs(on.app, ada, { deviceId: 'phone', reviews: [], docs: [questionDoc('bank-1', 'q1', 'From the phone', rev)] });
		expect(phone.json.docs[0].rev).toBeGreaterThan(laptop.json.docs[0].rev!);
		const docs = (await pullEverything(on.app, ada)).flatMap((p) => p.docs);
		expect(docs).toHaveLength(1);
		expect(docs[0]).toMatchObject({
			kind: 'question',
			key: 'q1',
			rev: phone.json.docs[0].rev,
			baseRev: rev,
			deviceId: 'phone',
			body: { prompt: 'From the phone' }
		});
	});

	test('a deleted bank stays deleted: its questions go with it, later pushes of it are ignored', async () => {
		const ada = await signedInAccount(on.database.db);
		const bank = { kind: 'bank', bankId: 'b1', key: '', baseRev: null, body: { id: 'b1', title: 'Rivers' } } as const;
		await pushAs(on.app, ada, { deviceId: 'laptop', reviews: [], docs: [bank, questionDoc('b1', 'q1', 'One', null), questionDoc('b1', 'q2', 'Two', null)] });
		const seen = await pullAs(on.app, ada, 0);
		const deleted = await pushAs(on.app, ada, { deviceId: 'laptop', reviews: [], docs: [{ ...bank, baseRev: 1, body: null }] });
		expect(deleted.json.docs[0].rev).toBeDefined();
		const late = await pushAs(on.app, ada, {
			deviceId: 'phone',
			reviews: [],
			docs: [
				questionDoc('b1', 'q3', 'Three', null),
				{ ...bank, baseRev: 1 },
				{ kind: 'card', bankId: 'b1', key: 'fact', baseRev: null, body: { suspended: true } }
			]
		});
		expect(late.json.docs.map((d) => d.ignored)).toEqual(['bank-deleted', 'bank-deleted', 'bank-deleted']);
		const after = (await pullEverything(on.app, ada, seen.cursor)).flatMap((p) => p.docs);
		expect(after.map((d) => [d.kind, d.key, d.body]).sort()).toEqual([
			['bank', '', null],
			['question', 'q1', null],
			['question', 'q2', null]
		]);
	});

	test('five pushes of one account at once lose nothing and leave no gap in the order', async () => {
		const ada = await signedInAccount(on.database.db);
		const batches = Array.from({ length: 5 }, (_, b) => Array.from({ length: 40 }, (_, i) => review(AT + b * 100 + i)));
		const answers = await Promise.all(batches.map((batch, b) => pushAs(on.app, ada, { deviceId: `device-${b}`, reviews: batch, docs: [] })));
		expect(answers.map((a) => a.json.stored)).toEqual([40, 40, 40, 40, 40]);
		const pulled = (await pullEverything(on.app, ada, 0, 37)).flatMap((p) => p.reviews);
		expect(pulled.map((r) => r.seq)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
		expect(new Set(pulled.map((r) => r.id))).toEqual(new Set(batches.flat().map((r) => r.id)));
	});
});
