import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FORMAT_LABELS } from '$lib/import/format-labels';
import { readImportFile } from '$lib/import/import-read';
import { ROOT } from '../core/formats/helpers';
import { loadSql } from '../core/formats/anki-builder';
import { workbook } from '../core/formats/sheet-helpers';

const sheet = (name: string) => new Uint8Array(readFileSync(join(ROOT, 'tests/fixtures/sheets', name)));

describe('the import reader and Kahoot sheets', () => {
	it('detects a Kahoot sheet, loads SheetJS for it and reads its questions with their rows', async () => {
		const outcome = await readImportFile('kahoot-quiz.xlsx', sheet('kahoot-quiz.xlsx'), loadSql);
		if (outcome.kind !== 'bank') expect.fail(`expected a bank, got ${outcome.kind}`);
		expect(FORMAT_LABELS[outcome.format]).toBe('Kahoot or Quizizz sheet (.xlsx)');
		expect(outcome.bank.questions).toHaveLength(5);
		expect(outcome.origins.map((o) => o.line)).toEqual([9, 10, 11, 12, 13]);
	});

	it('gives the reason a spreadsheet without the template header cannot be read', async () => {
		const outcome = await readImportFile('scores.xlsx', workbook([['Name', 'Score']]), loadSql);
		expect(outcome.kind === 'problems' && outcome.problems[0].message).toMatch(/^no Kahoot or Quizizz header row found/);
	});
});
