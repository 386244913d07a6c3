import { emitBackup, parseBackup, type Backup } from '$lib/core/formats/backup';
import { fromBase64, mediaProblems, toBase64 } from '$lib/core/formats/backup-media';

const NOW = new Date('2024-03-01T09:30:00.000Z');

function backup(extra: Partial<Backup> = {}): Backup {
	return { format: 'factdeck.backup', version: 1, exportedAt: NOW, banks: [], cards: [], reviews: [], attempts: [], settings: {}, ...extra };
}

describe('toBase64 / fromBase64', () => {
	it('writes standard padded base64 that reads back byte for byte', () => {
		const bytes = new Uint8Array([0xfb, 0xff, 0xbf, 0, 1, 2, 3]);
		expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
		for (let n = 0; n < 7; n++) expect([...fromBase64(toBase64(bytes.subarray(0, n)))!]).toEqual([...bytes.subarray(0, n)]);
	});

	it('refuses text that is not base64', () => {
		expect(fromBase64('ab$d')).toBeNull();
		expect(fromBase64('abcde')).toBeNull();
	});
});

describe('media in a backup', () => {
	it('round-trips media and results through the file', () => {
		const media = [{ bankId: 'b', name: 'a.png', type: 'image/png', data: toBase64(new Uint8Array([0x89, 0x50])) }];
		const results = [{ key: 'k', bankId: 'b', result: { student: 'Ana' }, importedAt: NOW }];
		const parsed = parseBackup(emitBackup(backup({ media, results })));
		if (!parsed.ok) expect.fail(parsed.error.message);
		expect(parsed.backup.media).toEqual(media);
		expect(parsed.backup.results).toEqual(results);
		expect((parsed.backup.results![0] as { importedAt: unknown }).importedAt).toBeInstanceOf(Date);
	});

	it('accepts a backup without media or results (made before they were carried)', () => {
		const parsed = parseBackup(emitBackup(backup()));
		expect(parsed.ok && parsed.backup.media).toBeUndefined();
	});

	it('lists every damaged media entry and rejects the backup', () => {
		const good = { bankId: 'b', name: 'a.png', type: 'image/png', data: 'iVA=' };
		const media = [good, { ...good, name: 'b.png', data: 'not base64!' }, { bankId: '', name: 'x', type: 'image/png', data: '' }, good, 7];
		const parsed = parseBackup(emitBackup(backup({ media: media as never, results: 'x' as never })));
		if (parsed.ok) expect.fail('expected problems');
		expect(parsed.error.problems.map((p) => p.message)).toEqual([
			'results: must be a list',
			'media[1].data: must be base64 text',
			'media[2].bankId: must be text',
			'media[3]: duplicate file "a.png" of bank "b", already in media[0]',
			'media[4]: must be an object'
		]);
	});

	it('says a media value that is not a list is wrong', () => {
		const out: string[] = [];
		mediaProblems({}, out);
		expect(out).toEqual(['media: must be a list']);
	});
});
