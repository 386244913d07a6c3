import Dexie from 'dexie';
import { StorageTrouble, TROUBLE_MESSAGES } from '$lib/app/storage-trouble.svelte';

const quota = () => new Dexie.AbortError('Transaction aborted', new DOMException('Quota exceeded', 'QuotaExceededError'));

describe('StorageTrouble', () => {
	it('shows the out-of-space banner for a quota error and says nothing was half-written', () => {
		const trouble = new StorageTrouble();
		expect(trouble.report(quota())).toBe(TROUBLE_MESSAGES.full);
		expect(trouble.full).toBe(true);
		expect(TROUBLE_MESSAGES.full).toMatch(/out of space.*Nothing was half-written/);
	});

	it('shows a dismissed banner no more, however often the error comes back', () => {
		const trouble = new StorageTrouble();
		trouble.report(quota());
		trouble.dismissFull();
		for (let i = 0; i < 5; i++) expect(trouble.report(quota())).toBe(TROUBLE_MESSAGES.full);
		expect(trouble.full).toBe(false);
	});

	it('leaves other errors to the caller', () => {
		const trouble = new StorageTrouble();
		expect(trouble.report(new Error('The bank is not valid'))).toBeNull();
		expect(trouble.describe(new Error('The bank is not valid'))).toBe('The bank is not valid');
		expect([trouble.full, trouble.unavailable, trouble.updated]).toEqual([false, null, false]);
	});

	it('turns a closed database into the reload message and banner', () => {
		const trouble = new StorageTrouble();
		expect(trouble.describe(new Dexie.DatabaseClosedError())).toBe(TROUBLE_MESSAGES.closed);
		expect(trouble.updated).toBe(true);
	});

	it("keeps the browser's first reason when storage is refused", () => {
		const trouble = new StorageTrouble();
		trouble.report(new Dexie.OpenFailedError(new DOMException('A mutation operation was attempted', 'InvalidStateError')));
		trouble.report(new Dexie.MissingAPIError('IndexedDB API missing'));
		expect(trouble.unavailable).toBe('A mutation operation was attempted');
	});
});
