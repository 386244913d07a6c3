/**
 * The shipped banks' content hashes come with the build (scripts/shipped-banks-plugin.ts),
 * so that a first run need not compute them: each must be the hash of the bank in the file
 * its URL names, or an update to a shipped bank would go unnoticed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import shipped from 'virtual:shipped-banks';
import { contentHash } from '$lib/core/bank/hash';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const bankFiles = readdirSync(join(ROOT, 'questions')).filter((name) => name.endsWith('.json'));

describe('the shipped banks of the build', () => {
	it('are every bank file under questions/, by file name', () => {
		expect(shipped.map(({ url }) => url.split('/').pop())).toEqual([...bankFiles].sort());
	});

	it.each(shipped)('$url carries the hash of its content', ({ url, hash }) => {
		const bank: unknown = JSON.parse(readFileSync(join(ROOT, url), 'utf8'));
		expect(hash).toBe(contentHash(bank));
	});
});
