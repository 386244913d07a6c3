/**
 * `npm run --silent convert -- <input> --to json|gift|aiken|csv|moodle-xml|apkg|xlsx [--out file]`:
 * reads a bank in any format we import (format detected from content and
 * extension, or named with --from) and writes it in another. Warnings go to
 * stderr as `warning:` lines; a failure is one line on stderr and exit code 2.
 * A binary format (apkg, xlsx) is written only to a file named with --out.
 * An Anki package (--to apkg) carries the bank's images; `--history` adds the
 * review history and scheduling, which only a Factdeck backup holds.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Bank } from '../lib/core/bank/schema';
import { fromBase64 } from '../lib/core/formats/backup-media';
import { BYTE_FORMATS, emitBankBytes, type ByteFormat } from '../lib/core/formats/emit-bytes';
import type { ApkgHistory } from '../lib/core/formats/apkg-write';
import { offGridQuestions } from '../lib/core/formats/moodle-grades';
import { normalizeSettings, type Settings } from '../lib/core/settings';
import {
	aikenSkipped,
	SHEET_TEMPLATES,
	sheetLeftOut,
	type SheetTemplate,
	detectFormat,
	EMIT_FORMATS,
	emitBank,
	FORMAT_NAMES,
	messageWithLine,
	parseBackup,
	parseBankFile,
	type Backup,
	type EmitFormat,
	type FormatName,
	type Unsupported,
	type Warning
} from '../lib/core/formats';
import { CliError, readCommandLine, runCli } from './run';

const USAGE =
	'usage: convert <input> --to json|gift|aiken|csv|moodle-xml|apkg|xlsx [--out file] [--template kahoot|quizizz] [--from format] [--title text] [--bank id] [--history]';

/** Every format --to accepts: text formats, then formats written as bytes. */
const TO_FORMATS: readonly string[] = [...EMIT_FORMATS, ...BYTE_FORMATS];

/** Is `format` written as bytes? */
const isByteFormat = (format: string): format is ByteFormat => (BYTE_FORMATS as readonly string[]).includes(format);

interface Args {
	input: string;
	to: EmitFormat | ByteFormat;
	history: boolean;
	out?: string;
	template: SheetTemplate;
	from?: FormatName;
	title?: string;
	bank?: string;
}

const OPTIONS = {
	to: { type: 'string' },
	out: { type: 'string' },
	template: { type: 'string' },
	from: { type: 'string' },
	title: { type: 'string' },
	bank: { type: 'string' },
	history: { type: 'boolean' }
} as const;

/** Reads the command line: one input file and --to are required, --to and --from must name known formats. */
function readArgs(argv: string[]): Args {
	const { values, positionals } = readCommandLine(argv, USAGE, OPTIONS);
	if (positionals.length !== 1) throw new CliError(USAGE);
	const { to, from } = values;
	if (!to) throw new CliError(`--to is required; ${USAGE}`);
	if (!TO_FORMATS.includes(to)) throw new CliError(`cannot write ${to}: --to must be one of ${TO_FORMATS.join(', ')}`);
	if (values.history && to !== 'apkg') throw new CliError('--history goes with --to apkg: only Anki packages carry a review history');
	const template = values.template ?? 'kahoot';
	if (!(SHEET_TEMPLATES as readonly string[]).includes(template))
		throw new CliError(`unknown template ${template}: --template must be ${SHEET_TEMPLATES.join(' or ')}`);
	if (values.template && to !== 'xlsx') throw new CliError('--template goes with --to xlsx only');
	if (isByteFormat(to) && !values.out) throw new CliError(`${to} is a binary file: name the file to write with --out (it is not written to the terminal)`);
	if (from && !(FORMAT_NAMES as readonly string[]).includes(from))
		throw new CliError(`unknown format ${from}: --from must be one of ${FORMAT_NAMES.join(', ')}`);
	const history = values.history === true;
	return {
		input: positionals[0],
		to: to as EmitFormat | ByteFormat,
		template: template as SheetTemplate,
		history,
		out: values.out,
		from: from as FormatName | undefined,
		title: values.title,
		bank: values.bank
	};
}

/** Why a file could not be read, in words rather than a stack trace. */
function readFailure(file: string, err: unknown): CliError {
	const code = (err as NodeJS.ErrnoException | undefined)?.code;
	const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : String(err);
	return new CliError(`${file}: cannot read: ${why}`);
}

const warn = (line: string) => process.stderr.write(`warning: ${line}\n`);

function reportItems(warnings: Warning[], unsupported: Unsupported[] = []): void {
	for (const w of warnings) warn(messageWithLine(w));
	for (const u of unsupported) warn(`not imported (${u.kind}): ${messageWithLine(u)}`);
}

/** A bank read, with the images it shows and, from a backup, its scheduling and the settings it was studied with. */
interface Read {
	bank: Bank;
	media?: Map<string, Uint8Array>;
	history?: ApkgHistory;
	settings?: Settings;
}

/** The chosen bank of a backup, its images, and its cards and reviews. */
function fromBackup(args: Args, backup: Backup): Read {
	const banks = backup.banks;
	const bank = args.bank ? banks.find((b) => b.id === args.bank) : banks.length === 1 ? banks[0] : undefined;
	if (!bank) throw new CliError(`${args.input}: the backup holds the banks ${banks.map((b) => b.id).join(', ') || '(none)'}; choose one with --bank`);
	const media = new Map<string, Uint8Array>();
	for (const m of backup.media ?? []) {
		const bytes = m.bankId === bank.id ? fromBase64(m.data) : null;
		if (bytes) media.set(m.name, bytes);
	}
	// A backup keeps the settings rows by key; normalizeSettings takes any value and keeps what is in range.
	const stored = backup.settings.settings as Record<string, Partial<Settings>> | undefined;
	const settings = normalizeSettings(stored?.learner);
	const cards = backup.cards.filter((c) => c.bankId === bank.id);
	const reviews = backup.reviews.filter((r) => r.bankId === bank.id);
	return { bank, media, settings, history: { cards, reviews, retention: settings.retention } };
}

/** Formats that embed images, so the images read come along instead of being dropped. */
const EMBEDS_IMAGES: readonly string[] = ['moodle-xml', 'apkg'];

async function readBank(args: Args, bytes: Uint8Array): Promise<Read> {
	const name = basename(args.input);
	const format = args.from ?? detectFormat(name, bytes);
	if (!format) throw new CliError(`${args.input}: cannot tell its format; name it with --from (${FORMAT_NAMES.join(', ')})`);
	if (format === 'backup') {
		const result = parseBackup(bytes);
		if (!result.ok) throw new CliError(`${args.input}: ${result.error.message}`);
		reportItems(result.warnings);
		return fromBackup(args, result.backup);
	}
	if (args.history) throw new CliError(`${args.input}: --history needs a Factdeck backup: only a backup holds the review history`);
	// sql.js (a WebAssembly SQLite) is loaded only for Anki packages, SheetJS only for spreadsheets.
	const sql = format === 'apkg' ? await (await import('sql.js')).default() : undefined;
	const xlsx = format === 'xlsx' ? await import('@e965/xlsx') : undefined;
	const result = parseBankFile(format, bytes, { name, title: args.title, sql, xlsx });
	if (!result.ok) throw new CliError(`${args.input}: ${result.error.message}`);
	const rejected = result.unsupported ?? [];
	if (result.bank.questions.length === 0 && rejected.length > 0) {
		const records = rejected.length === 1 ? '1 record was' : `${rejected.length} records were`;
		throw new CliError(`${args.input}: no question could be converted: ${records} unsupported (first: ${messageWithLine(rejected[0])})`);
	}
	reportItems(result.warnings, result.unsupported);
	if (result.media?.size && !EMBEDS_IMAGES.includes(args.to)) warn(`${result.media.size} image file(s) not written: convert writes the questions only`);
	return { bank: result.bank, media: result.media };
}

/** The bank as an Anki package, with its history when asked for. */
async function ankiPackage(read: Read, args: Args): Promise<Uint8Array> {
	const sql = await (await import('sql.js')).default();
	const now = new Date();
	const settings = read.settings;
	try {
		return emitBankBytes('apkg', read.bank, {
			apkg: {
				sql,
				now,
				media: read.media,
				history: args.history ? read.history : undefined,
				dayStartHour: settings?.dayStartHour,
				minutesWest: now.getTimezoneOffset()
			}
		});
	} catch (err) {
		throw new CliError(`${args.input}: cannot write an Anki package: ${err instanceof Error ? err.message : String(err)}`);
	}
}

/** The bank in a binary format, each question the template leaves out warned with its reason. */
async function sheetBytes(bank: Bank, template: SheetTemplate): Promise<Uint8Array> {
	for (const left of sheetLeftOut(bank, template)) warn(`question ${left.number} left out (${JSON.stringify(left.prompt.slice(0, 60))}): ${left.reason}`);
	return emitBankBytes('xlsx', bank, { xlsx: await import('@e965/xlsx'), template });
}

/** Converts one file; 0 on success. */
async function main(argv: string[]): Promise<number> {
	const args = readArgs(argv);
	let bytes: Uint8Array;
	try {
		bytes = new Uint8Array(await readFile(args.input));
	} catch (err) {
		throw readFailure(args.input, err);
	}
	const read = await readBank(args, bytes);
	const bank = read.bank;
	// An empty bank written with exit 0 would pass for a successful conversion.
	if (bank.questions.length === 0) throw new CliError(`${args.input}: no question could be converted: the file holds none`);
	if (args.to === 'aiken') {
		const left = aikenSkipped(bank).length;
		if (left) warn(`${left} question(s) left out: Aiken holds only multiple choice and true/false`);
	}
	if (args.to === 'gift' || args.to === 'moodle-xml')
		for (const n of offGridQuestions(bank))
			warn(`question ${n}: partial credit Moodle does not offer, rounded to its nearest grade (or refused by Moodle where that breaks a 100% total)`);
	const data =
		args.to === 'apkg' ? await ankiPackage(read, args) : args.to === 'xlsx' ? await sheetBytes(bank, args.template) : emitBank(args.to, bank, read.media);
	if (args.out) {
		try {
			await writeFile(args.out, data);
		} catch (err) {
			throw new CliError(`${args.out}: cannot write: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
		}
	} else process.stdout.write(data);
	return 0;
}

await runCli(main);
