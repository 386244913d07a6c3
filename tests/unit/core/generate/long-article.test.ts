import { validateBank } from '../../../../src/lib/core/bank/validate';
import { generateBank } from '../../../../src/lib/core/generate/index';
import { longProse } from './fixtures';

describe('a long article', () => {
	it('of 300,000 characters is generated in bounded time (drafting once scanned the whole article for every candidate)', { timeout: 120_000 }, () => {
		const text = longProse(300_000);
		expect(text.length).toBeGreaterThan(290_000);
		const started = performance.now();
		const bank = generateBank(text, { published: '2021-02-03' });
		// Generous: about 4 s of work on an idle machine, and minutes when the time grew with the square of the length.
		expect(performance.now() - started).toBeLessThan(60_000);
		expect(bank.questions.length).toBeGreaterThan(300);
		expect(validateBank(JSON.parse(JSON.stringify(bank))).ok).toBe(true);
	});
});
