import { describe, expect, test } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { accounts, docs, reviews } from '../../src/server/db/schema';
import { MAX_PUSH_REVIEWS } from '../../src/lib/core/sync/protocol';
import { ENGINES } from './engines';
import { pullAs, pushAs, questionDoc, review, signedInAccount, syncAppOn, type SignedIn } from './sync-helpers';

const AT = Date.UTC(2026, 5, 1);

describe.each(ENGINES)('sync safety on %s', (engine) => {
	const on = syncAppOn(engine);

	/** Everything stored for the account, to compare before and after. */
	const snapshot = async (who: SignedIn) => ({
		reviews: await on.database.db.select().from(reviews).where(eq(reviews.accountId, who.accountId)).orderBy(asc(reviews.seq)),
		docs: await on.database.db.select().from(docs).where(eq(docs.accountId, who.accountId)).orderBy(asc(docs.rev)),
		changeSeq: (await on.database.db.select({ n: accounts.changeSeq }).from(accounts).where(eq(accounts.id, who.accountId)))[0].n
	});

	test('without a session, push and pull answer 401', async () => {
		expect((await on.app.request('/api/sync/pull?since=0')).status).toBe(401);
		const response = await on.app.request('/api/sync/push', { method: 'POST', body: JSON.stringify({ deviceId: 'x', reviews: [], docs: [] }) });
		expect(response.status).toBe(401);
		const forged = await on.app.request('/api/sync/pull?since=0', { headers: { cookie: 'factdeck_session=' + 'A'.repeat(43) } });
		expect(forged.status).toBe(401);
	});

	test('account B can neither read nor change anything of account A, even with the same ids', async () => {
		const a = await signedInAccount(on.database.db);
		const b = await signedInAccount(on.database.db);
		const answer = review(AT);
		const bank = { kind: 'bank', bankId: 'shared', key: '', baseRev: null, body: { id: 'shared', title: 'A’s bank' } } as const;
		await pushAs(on.app, a, { deviceId: 'a-laptop', reviews: [answer], docs: [bank, questionDoc('shared', 'q1', 'A wrote this', null)] });
		const before = await snapshot(a);

		expect(await pullAs(on.app, b, 0)).toEqual({ reviews: [], docs: [], cursor: 0, more: false });
		// B pushes A's review id (undone), A's bank deleted, A's question rewritten: all of it lands in B's own rows.
		const attack = await pushAs(on.app, b, {
			deviceId: 'b-phone',
			reviews: [{ ...answer, undone: true }],
			docs: [{ ...bank, body: null }, questionDoc('shared', 'q1', 'B wrote this', 3)]
		});
		expect(attack.json).toMatchObject({ stored: 1, duplicates: 0 });
		expect(attack.json.docs.map((d) => d.ignored)).toEqual([undefined, 'bank-deleted']);

		expect(await snapshot(a)).toEqual(before);
		const ofB = await snapshot(b);
		expect(ofB.reviews).toMatchObject([{ id: answer.id, undone: true, deviceId: 'b-phone' }]);
		expect(ofB.docs.map((d) => [d.kind, d.body])).toEqual([['bank', null]]);
		const aPulls = await pullAs(on.app, a, 0);
		expect(aPulls.reviews).toMatchObject([{ id: answer.id, undone: false }]);
		expect(aPulls.docs.map((d) => d.body)).toEqual([bank.body, expect.objectContaining({ prompt: 'A wrote this' })]);
	});

	const good = () => ({ deviceId: 'laptop', reviews: [review(AT)], docs: [questionDoc('b1', 'q1', 'Fine', null)] });
	const bad: [string, (body: ReturnType<typeof good>) => unknown, RegExp][] = [
		['a rating that is text', (b) => ({ ...b, reviews: [{ ...b.reviews[0], rating: '3' }] }), /rating must be a number/],
		['a rating out of range', (b) => ({ ...b, reviews: [{ ...b.reviews[0], rating: 5 }] }), /rating must be 4 or less/],
		['a review time in 1970', (b) => ({ ...b, reviews: [{ ...b.reviews[0], reviewedAt: 5 }] }), /reviewedAt/],
		['too many reviews', (b) => ({ ...b, reviews: Array.from({ length: MAX_PUSH_REVIEWS + 1 }, () => review(AT)) }), /at most 1000 reviews/],
		['a NUL in a review id', (b) => ({ ...b, reviews: [{ ...b.reviews[0], id: 'a\u0000b' }] }), /NUL/],
		['a NUL in the device id', (b) => ({ ...b, deviceId: 'lap\u0000top' }), /NUL/],
		['an unknown kind of document', (b) => ({ ...b, docs: [{ ...b.docs[0], kind: 'deck' }] }), /kind must be one of/],
		['a body that does not match its kind', (b) => ({ ...b, docs: [{ ...b.docs[0], body: { suspended: true } }] }), /body does not match its kind/],
		['an unknown field', (b) => ({ ...b, admin: true }), /admin/],
		['no reviews list', (b) => ({ deviceId: b.deviceId, docs: b.docs }), /reviews/]
	];

	test.each(bad)('a push with %s gets 400 and changes nothing', async (_, spoil, message) => {
		const ada = await signedInAccount(on.database.db);
		await pushAs(on.app, ada, good());
		const before = await snapshot(ada);
		const answer = await pushAs(on.app, ada, spoil(good()));
		expect(answer.status).toBe(400);
		expect(answer.json.error).toMatch(message);
		expect(await snapshot(ada)).toEqual(before);
	});

	test('a body that is not JSON and a bad pull query get 400', async () => {
		const ada = await signedInAccount(on.database.db);
		const notJson = await on.app.request('/api/sync/push', { method: 'POST', headers: { cookie: ada.cookie }, body: '{"deviceId":' });
		expect(notJson.status).toBe(400);
		expect((await notJson.json()).error).toMatch(/not JSON/);
		for (const query of ['since=-1', 'since=abc', 'since=0&limit=0', 'since=0&limit=99999', 'limit=5', 'since=0&drop=1']) {
			const response = await on.app.request(`/api/sync/pull?${query}`, { headers: { cookie: ada.cookie } });
			expect(response.status, query).toBe(400);
			expect((await response.json()).error, query).toBeTruthy();
		}
	});
});
