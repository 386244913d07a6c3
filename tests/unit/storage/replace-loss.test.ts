import { saveBank } from '$lib/storage/banks';
import { replaceLoss } from '$lib/storage/replace-loss';
import { bankOfFacts, closeAll, freshDb } from './helpers';
import { facts, study, T0 } from './progress';

afterEach(closeAll);

describe('replaceLoss', () => {
	it('counts the studied cards whose facts the incoming bank lacks, and their answers', async () => {
		const d = freshDb();
		await saveBank(bankOfFacts('deck', 20), T0, {}, d);
		await study(d, 'deck', facts(15), 2);
		// The incoming bank keeps f0..f2 and f15..f19 (3 studied, 5 new), and has facts of its own.
		const incoming = new Set(['f0', 'f1', 'f2', 'f15', 'f16', 'f17', 'f18', 'f19', 'g1', 'g2']);
		expect(await replaceLoss('deck', incoming, d)).toEqual({ studied: 15, lost: 12, lostReviews: 24, reviews: 30, sharedFacts: 8, facts: 20 });
	});

	it('counts nothing lost when every studied fact is kept, and nothing at all for a bank never studied', async () => {
		const d = freshDb();
		await saveBank(bankOfFacts('deck', 5), T0, {}, d);
		await saveBank(bankOfFacts('other', 3), T0, {}, d);
		await study(d, 'deck', facts(2));
		await study(d, 'other', facts(3));
		expect(await replaceLoss('deck', new Set(facts(2)), d)).toEqual({ studied: 2, lost: 0, lostReviews: 0, reviews: 2, sharedFacts: 2, facts: 5 });
		await saveBank(bankOfFacts('fresh', 4), T0, {}, d);
		expect(await replaceLoss('fresh', new Set(), d)).toEqual({ studied: 0, lost: 0, lostReviews: 0, reviews: 0, sharedFacts: 0, facts: 4 });
	});
});
