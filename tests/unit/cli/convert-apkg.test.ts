// @vitest-environment node
/** `convert --to apkg`: a bank file or a Factdeck backup written as an Anki package, read back with the importer. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import { emitBackup } from '$lib/core/formats/backup';
import { toBase64 } from '$lib/core/formats/backup-media';
import { parseApkg } from '$lib/core/formats/apkg';
import { emitJson } from '$lib/core/formats/json';
import { loadSql } from '../core/formats/anki-builder';
import { exportBank, exportHistory, PNG } from '../core/formats/apkg-write-bank';
import { ok, ROOT } from '../core/formats/helpers';

const TSX = join(ROOT, 'node_modules/.bin/tsx');

type Run = { code: number; stderr: string };

function convert(...args: string[]): Promise<Run> {
	return new Promise((resolve) => {
		execFile(TSX, ['src/cli/convert.ts', ...args], { cwd: ROOT }, (err, _stdout, stderr) => {
			resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stderr });
		});
	});
}

describe('convert --to apkg', { timeout: 60_000 }, () => {
	let dir: string;
	let sql: SqlJsStatic;
	const bank = exportBank();
	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'factdeck-apkg-'));
		sql = await loadSql();
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	const backupFile = () => {
		const file = join(dir, 'backup.json');
		const { cards, reviews } = exportHistory(bank);
		const media = [{ bankId: bank.id, name: 'loire.png', type: 'image/png', data: toBase64(PNG) }];
		const settings = { settings: { learner: { retention: 0.85, dayStartHour: 5 } } };
		writeFileSync(
			file,
			emitBackup({ format: 'factdeck.backup', version: 1, exportedAt: new Date(), banks: [bank], cards, reviews, attempts: [], settings, media })
		);
		return file;
	};

	it('writes a bank file as a package the importer reads back, without a history', async () => {
		const input = join(dir, 'rivers.factdeck.json');
		const out = join(dir, 'rivers.apkg');
		// A bank file holds no images: take the image out, or the export refuses it as missing.
		const plain = { ...bank, questions: bank.questions.map((q) => (q.html ? { ...q, html: undefined } : q)) };
		writeFileSync(input, emitJson(plain));
		const run = await convert(input, '--to', 'apkg', '--out', out);
		expect(run).toEqual({ code: 0, stderr: '' });
		const back = ok(parseApkg(new Uint8Array(readFileSync(out)), { sql }));
		expect(back.bank.questions).toHaveLength(bank.questions.length);
		expect(back.history).toBeUndefined();
	});

	it('carries a backup bank’s images, reviews and card states with --history', async () => {
		const out = join(dir, 'history.apkg');
		const run = await convert(backupFile(), '--to', 'apkg', '--bank', bank.id, '--history', '--out', out);
		expect(run).toEqual({ code: 0, stderr: '' });
		const back = ok(parseApkg(new Uint8Array(readFileSync(out)), { sql }));
		expect(back.media?.get('loire.png')).toEqual(PNG);
		expect(back.history?.summary.reviews).toBe(exportHistory(bank).reviews.length);
		expect(back.history?.cards.filter((c) => c.suspended)).toHaveLength(1);
	});

	it('refuses --history without a backup, and an image the bank does not hold, in one line', async () => {
		const input = join(dir, 'with-image.factdeck.json');
		writeFileSync(input, emitJson(bank));
		const history = await convert(input, '--to', 'apkg', '--history', '--out', join(dir, 'h.apkg'));
		expect(history.code).toBe(2);
		expect(history.stderr).toBe(`factdeck: ${input}: --history needs a Factdeck backup: only a backup holds the review history\n`);
		const missing = await convert(input, '--to', 'apkg', '--out', join(dir, 'x.apkg'));
		expect(missing.code).toBe(2);
		expect(missing.stderr).toBe(
			`factdeck: ${input}: cannot write an Anki package: question 1 (q-flash) shows the image "loire.png", which is missing from the bank's media\n`
		);
		const wrong = await convert(input, '--to', 'gift', '--history');
		expect(wrong.stderr).toMatch(/^factdeck: --history goes with --to apkg/);
	});
});
