/**
 * What every codec hands back: a bank with the warnings and the questions it
 * could not bring over, or one typed error that lists every problem with its
 * line (text formats) or record (a note of an Anki package, a row of a backup).
 */
import type { Bank } from '../bank/schema';
import type { ImportHistory } from './import-history';

/** Every format the codecs read. */
export const FORMAT_NAMES = ['json', 'backup', 'csv', 'tsv', 'gift', 'aiken', 'apkg', 'moodle-xml', 'xlsx'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

/** Where in the input something was found; lines and records count from 1. */
export interface Located {
	line?: number;
	record?: number;
}

/** One reason the input cannot be read. */
export interface Problem extends Located {
	message: string;
}

/** Something that was simplified on the way in; the import goes ahead. */
export interface Warning extends Located {
	message: string;
}

/** A question of the input that was not imported, and why. */
export interface Unsupported extends Located {
	/** Short name of what it is: `essay`, `description`, `image occlusion`, `empty back`… */
	kind: string;
	message: string;
}

/** `line 4: message`, or the message alone when it has no place. */
export function messageWithLine(p: Problem | Warning | Unsupported): string {
	return p.line !== undefined ? `line ${p.line}: ${p.message}` : p.message;
}

/** The one error a parser returns: every problem, each with its place. */
export class FormatError extends Error {
	readonly format: FormatName;
	readonly problems: readonly Problem[];

	constructor(format: FormatName, problems: readonly Problem[]) {
		const list = problems.length ? problems : [{ message: 'the file could not be read' }];
		const more = list.length > 1 ? ` (and ${list.length - 1} more problem${list.length > 2 ? 's' : ''})` : '';
		super(`${messageWithLine(list[0])}${more}`);
		this.name = 'FormatError';
		this.format = format;
		this.problems = list;
	}
}

/** The outcome of parsing a file into a bank. */
export type ParseResult =
	| {
			ok: true;
			bank: Bank;
			warnings: Warning[];
			media?: Map<string, Uint8Array>;
			unsupported?: Unsupported[];
			/** Where each question of the bank came from, index for index (absent for our own JSON). */
			origins?: Located[];
			/** Review history and scheduling to bring along (an Anki package studied in Anki). */
			history?: ImportHistory;
	  }
	| { ok: false; error: FormatError };

/** Failure with one or more problems. */
export function failure(format: FormatName, problems: readonly Problem[]): { ok: false; error: FormatError } {
	return { ok: false, error: new FormatError(format, problems) };
}

/** Options every text parser takes: the file name (for a title) and an explicit title. */
export interface ParseOptions {
	/** The file's name; its stem becomes the bank title when the file names none. */
	name?: string;
	/** Title for the bank; wins over anything found in the file. */
	title?: string;
}
