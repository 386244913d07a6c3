import { db, FactdeckDB } from '../../../src/lib/storage/db';
import { closeAll, freshDb } from './helpers';

afterEach(closeAll);

describe('FactdeckDB', () => {
	it('names the app database "factdeck"', () => {
		expect(db).toBeInstanceOf(FactdeckDB);
		expect(db.name).toBe('factdeck');
	});

	it('opens with the indexes the queries range over', async () => {
		const d = freshDb();
		await d.open();
		const indexes = (table: string) => d.table(table).schema.indexes.map((i) => i.name).sort();
		expect(d.verno).toBe(1);
		expect(d.table('questions').schema.primKey.name).toBe('[bankId+id]');
		expect(indexes('cards')).toEqual(['[bankId+state+due]', '[bankId+state+order]', '[state+due]']);
		expect(indexes('reviews')).toEqual(['[bankId+before.state+reviewedAt]', '[bankId+reviewedAt]', 'reviewedAt']);
		expect(d.tables.map((t) => t.name).sort()).toEqual(['banks', 'cards', 'meta', 'questions', 'reviews', 'settings']);
	});
});
