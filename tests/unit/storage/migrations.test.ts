import { Dexie } from 'dexie';
import { openDatabase } from '../../../src/lib/storage/db';
import { V1_STORES, v1Rows } from '../../fixtures/db/v1';
import { dump } from './helpers';

const NAME = 'factdeck-migration-v1';

afterEach(() => Dexie.delete(NAME));

/** Writes the version-1 fixture with a Dexie that knows nothing newer. */
async function writeV1(): Promise<void> {
	const old = new Dexie(NAME);
	old.version(1).stores(V1_STORES);
	const rows = v1Rows();
	await old.transaction('rw', old.tables, async () => {
		for (const [table, list] of Object.entries(rows)) await old.table(table).bulkAdd(list);
	});
	expect(old.verno).toBe(1);
	old.close();
}

describe('schema migrations', () => {
	it('upgrades a version-1 database to the current schema with every row intact', async () => {
		await writeV1();
		const d = openDatabase(NAME);
		await d.open();
		expect(d.verno).toBe(2);
		const after = await dump(d);
		const rows = v1Rows();
		expect(after).toStrictEqual({ ...rows, attempts: [], results: [], media: [], snapshots: [] });
		expect(after.cards[0].due).toBeInstanceOf(Date);
		expect(after.reviews[0].before.due).toBeInstanceOf(Date);
		// The old indexes still answer their queries after the upgrade.
		expect(await d.cards.where('[bankId+state+due]').between(['korea', 2, new Date(0)], ['korea', 2, new Date(2e12)]).count()).toBe(1);
		expect(await d.questions.where('[bankId+fact]').equals(['korea', 'meeting']).count()).toBe(2);
		d.close();
	});

	it('changes nothing when the upgraded database is opened again', async () => {
		await writeV1();
		const first = openDatabase(NAME);
		const once = await dump(first);
		first.close();
		const second = openDatabase(NAME);
		await second.open();
		expect(second.verno).toBe(2);
		expect(await dump(second)).toStrictEqual(once);
		second.close();
	});

	it('leaves the keys and indexes of the version-1 tables as shipped', async () => {
		// A later version that changed one of these tables would need its own migration and fixture.
		const d = openDatabase(`${NAME}-declared`);
		await d.open();
		const v1 = new Dexie(`${NAME}-bare`);
		v1.version(1).stores(V1_STORES);
		await v1.open();
		for (const table of Object.keys(V1_STORES)) {
			const names = (db: Dexie) => [db.table(table).schema.primKey.name, ...db.table(table).schema.indexes.map((i) => i.name).sort()];
			expect(names(d)).toEqual(names(v1));
		}
		v1.close();
		await Promise.all([d.delete(), Dexie.delete(`${NAME}-bare`)]);
	});
});
