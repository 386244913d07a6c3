import { CardBrowser, PAGE_SIZE } from '$lib/browse/browse.svelte';
import { saveBank } from '$lib/storage/banks';
import { db } from '$lib/storage/db';
import { bank, bankOfFacts, question } from '../storage/helpers';

// The sample banks are fetched from the built app: not here.
vi.mock('$lib/library/shipped', () => ({ ensureShippedBanks: () => Promise.resolve() }));

// The state works on the app's own database: empty it around each test.
const clear = () => Promise.all(db.tables.map((table) => table.clear()));
beforeEach(clear);
afterAll(clear);

const T0 = new Date(2024, 2, 1, 12);

async function loaded() {
	await saveBank(bankOfFacts('big', 120), T0);
	await saveBank(
		bank('caps', [question('paris', 'paris', { prompt: 'Capital of France?', answer: 'Paris' }), question('rome', 'rome')], { title: 'Capitals' }),
		T0
	);
	const browser = new CardBrowser();
	await browser.load(T0);
	return browser;
}

describe('CardBrowser', () => {
	it('pages the results, never more than a page at once, and moves the cursor across pages', async () => {
		const browser = await loaded();
		expect(browser.total).toBe(122);
		expect(browser.shown).toHaveLength(PAGE_SIZE);
		expect(browser.pages).toBe(3);
		browser.moveTo(PAGE_SIZE + 3);
		expect(browser.page).toBe(1);
		browser.moveTo(10_000);
		expect([browser.cursor, browser.page]).toEqual([121, 2]);
		browser.setQuery({ text: 'france' });
		expect([browser.results.length, browser.page, browser.cursor]).toEqual([1, 0, 0]);
		expect(browser.shown[0].answer).toBe('Paris');
	});

	it('selects by toggle and by range, survives a search, and suspends the selection, saying so', async () => {
		const browser = await loaded();
		browser.setFilter('bankId', 'big');
		browser.toggle(0);
		browser.moveTo(2, true);
		expect(browser.selected.size).toBe(3);
		browser.toggle(1);
		expect(browser.selected.size).toBe(2);
		await browser.suspend(true);
		expect(browser.message).toBe('Suspended 2 cards.');
		browser.setFilter('state', 'suspended');
		expect(browser.results).toHaveLength(2);
		await browser.suspend(true);
		expect(browser.message).toBe('Suspended 0 cards. They already were.');
	});

	it('moves, tags and deletes, refusing an empty tag', async () => {
		const browser = await loaded();
		browser.setQuery({ text: 'france' });
		browser.toggle(0);
		await browser.tag('  ', true);
		expect(browser.error).toBe('Type a tag first.');
		await browser.tag('europe', true);
		expect(browser.message).toBe('Tagged 1 question “europe”.');
		expect(browser.tags).toEqual(['europe']);
		await browser.move('big');
		expect(browser.message).toBe('Moved 1 question to “Bank big”.');
		expect(browser.shown[0].bankId).toBe('big');
		expect(browser.selected.size).toBe(0);
		browser.toggleAll();
		await browser.delete();
		expect(browser.message).toBe('Deleted 1 question.');
		expect(browser.results).toEqual([]);
		expect(browser.total).toBe(121);
	});
});
