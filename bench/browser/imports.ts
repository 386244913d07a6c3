/**
 * Importing big banks as the app does: the file's text is parsed and
 * validated, then written by `importBank` in one transaction, with progress.
 * The file text is made before the clock starts, as if read from disk.
 */
import type { Bank, Question } from '$lib/core/bank/schema';
import { parseBankJson } from '$lib/core/bank/validate';
import { parseCsv } from '$lib/core/formats/csv';
import { emitCsv } from '$lib/core/formats/csv-emit';
import type { FactdeckDB } from '$lib/storage/db';
import { importBank } from '$lib/storage/imports';

/** One synthetic question of each kind the app has, as an imported deck would hold them. */
function question(i: number): Question {
	const id = `q${i}`;
	const fact = `fact-${i}`;
	switch (i % 10) {
		case 0:
		case 1:
		case 2:
		case 3:
			return { id, fact, type: 'flashcard', prompt: `What is the capital of imaginary region number ${i}?`, answer: `City ${i}` };
		case 4:
		case 5: {
			const choices = [`Option ${i}`, `Option ${i + 1}`, `Option ${i + 2}`, `Option ${i + 3}`];
			return {
				id,
				fact,
				type: 'mcq',
				prompt: `Which option belongs to entry ${i}?`,
				answer: choices[i % 4],
				choices,
				explanation: `Entry ${i} was defined that way.`
			};
		}
		case 6:
			return { id, fact, type: 'cloze', prompt: `The treaty of ${i} was signed in ____ after long talks.`, answer: `${1800 + (i % 200)}` };
		case 7:
			return { id, fact, type: 'truefalse', prompt: `Entry ${i} is listed before entry ${i + 1}.`, answer: i % 3 !== 0 };
		default:
			return { id, fact, type: 'short', prompt: `Name the author of work number ${i}.`, answer: `Author ${i}`, accept: [`A. ${i}`] };
	}
}

/** A valid bank of `count` questions, one fact each. */
export function syntheticBank(count: number): Bank {
	const questions = Array.from({ length: count }, (_, i) => question(i));
	return { format: 'factdeck.bank', version: 1, id: `import-${count}`, title: `Import of ${count} questions`, questions };
}

export interface ImportRun {
	/** File text to stored bank, end to end. */
	totalMs: number;
	/** Parsing and validation alone. */
	parseMs: number;
	/** The write transaction alone. */
	saveMs: number;
	questions: number;
	progressEvents: number;
	/** The last progress report reached the total. */
	progressComplete: boolean;
}

async function store(bank: Bank, now: Date, database: FactdeckDB): Promise<{ ms: number; events: number; complete: boolean }> {
	let events = 0;
	let complete = false;
	const t0 = performance.now();
	await importBank(
		bank,
		now,
		{
			onConflict: 'replace',
			onProgress: (done, total) => {
				events++;
				complete = done === total;
			}
		},
		database
	);
	return { ms: performance.now() - t0, events, complete };
}

/** One import: parse (and validate) the file's text, then write what it gave. */
async function importText(parse: () => Bank, now: number, database: FactdeckDB): Promise<ImportRun> {
	const t0 = performance.now();
	const bank = parse();
	const parseMs = performance.now() - t0;
	const saved = await store(bank, new Date(now), database);
	database.close();
	return {
		totalMs: performance.now() - t0,
		parseMs,
		saveMs: saved.ms,
		questions: bank.questions.length,
		progressEvents: saved.events,
		progressComplete: saved.complete
	};
}

/**
 * Imports `count` questions from a JSON bank file and, when `csvWrite`, from
 * a CSV file too, each into a `fresh()` database; the CSV is always parsed.
 */
export async function importBanks(
	count: number,
	now: number,
	fresh: () => Promise<FactdeckDB>,
	csvWrite: boolean
): Promise<{ json: ImportRun; csv?: ImportRun; csvParseMs: number }> {
	const bank = syntheticBank(count);
	const jsonText = JSON.stringify(bank);
	const csvText = emitCsv(bank);
	const fromJson = () => {
		const parsed = parseBankJson(jsonText);
		if (!parsed.ok) throw new Error(`synthetic bank is invalid: ${parsed.problems.slice(0, 3).join('; ')}`);
		return parsed.bank;
	};
	const fromCsv = () => {
		const read = parseCsv(csvText, { name: `import-${count}.csv` });
		if (!read.ok) throw new Error(`synthetic CSV is invalid: ${read.error.message}`);
		return read.bank;
	};
	const json = await importText(fromJson, now, await fresh());
	if (csvWrite) {
		const csv = await importText(fromCsv, now, await fresh());
		return { json, csv, csvParseMs: csv.parseMs };
	}
	const t0 = performance.now();
	fromCsv();
	return { json, csvParseMs: performance.now() - t0 };
}
