import { db, FactdeckDB } from '$lib/storage/db';
import { closeAll, freshDb } from './helpers';

afterEach(closeAll);

describe('FactdeckDB', () => {
	it('names the app database "factdeck"', () => {
		expect(db).toBeInstanceOf(FactdeckDB);
		expect(db.name).toBe('factdeck');
	});

	it('opens at version 8 with the indexes the queries range over', async () => {
		const d = freshDb();
		await d.open();
		const indexes = (table: string) =>
			d
				.table(table)
				.schema.indexes.map((i) => i.name)
				.sort();
		const primary = (table: string) => d.table(table).schema.primKey.name;
		expect(d.verno).toBe(8);
		expect([primary('questionPages'), indexes('questionPages'), d.table('questionPages').schema.idxByName.cardIds.multi]).toEqual([
			'[bankId+page]',
			['cardIds'],
			true
		]);
		expect(indexes('cards')).toEqual(['[bankId+state+due]', '[bankId+state+order]', '[state+due]', '[suspended+bankId+state+due]', '[suspended+state+due]']);
		expect(indexes('reviews')).toEqual(['[bankId+before.state+reviewedAt]', '[bankId+reviewedAt]', '[cardId+reviewedAt]', 'reviewedAt', 'uid']);
		expect(d.table('reviews').schema.idxByName.uid.unique).toBe(true);
		expect([primary('outbox'), indexes('outbox')]).toEqual(['key', ['bankId']]);
		expect([primary('syncRevs'), indexes('syncRevs')]).toEqual(['[kind+bankId+key]', []]);
		expect([primary('attempts'), indexes('attempts')]).toEqual(['id', ['[bankId+finishedAt]']]);
		expect([primary('results'), indexes('results')]).toEqual(['key', ['bankId']]);
		expect([primary('media'), indexes('media')]).toEqual(['[bankId+name]', []]);
		expect([primary('snapshots'), d.table('snapshots').schema.primKey.auto, indexes('snapshots')]).toEqual(['id', true, ['takenAt']]);
		expect([primary('bankCounts'), indexes('bankCounts')]).toEqual(['bankId', []]);
		expect([primary('assignments'), indexes('assignments')]).toEqual(['id', []]);
		expect([primary('classAttempts'), indexes('classAttempts')]).toEqual(['id', ['assignmentId', 'state']]);
		expect([primary('reviewStats'), indexes('reviewStats')]).toEqual(['key', ['stale']]);
		const tables = [
			'assignments',
			'attempts',
			'bankCounts',
			'banks',
			'cards',
			'classAttempts',
			'media',
			'meta',
			'outbox',
			'questionPages',
			'results',
			'reviewStats',
			'reviews',
			'settings',
			'snapshots',
			'syncRevs'
		];
		expect(d.tables.map((t) => t.name).sort()).toEqual(tables);
	});
});
