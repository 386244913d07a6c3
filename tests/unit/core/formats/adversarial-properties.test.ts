// @vitest-environment node
/**
 * Crafted input for the readers the cloze and GIFT properties do not cover:
 * CSV, TSV, Aiken, bank JSON, backups, share links, result files and
 * articles. Each case is a long run of one marker (an unclosed quote, a
 * separator, an opening bracket…) inside ordinary text, tens of thousands to
 * a hundred thousand long: a reader that is quadratic in such a run, or
 * recurses once per marker, takes tens of seconds or overflows the stack.
 * A timeout cannot stop a synchronous hang, so each case checks its own time
 * against a bound far above what a linear reader needs (milliseconds), and a
 * failure ends the run at once instead of shrinking. Every reader must answer
 * with its typed result, and every message must be one line.
 */
import fc from 'fast-check';
import { articleText } from '$lib/core/generate/input';
import { parseAiken } from '$lib/core/formats/aiken';
import { parseBackup } from '$lib/core/formats/backup';
import { parseCsv } from '$lib/core/formats/csv';
import { FormatError, type ParseResult } from '$lib/core/formats/errors';
import { parseJson } from '$lib/core/formats/json';
import { parseResult } from '$lib/core/quiz/result-format';
import { decodeBankLink } from '$lib/core/share/link';
import { expectValid } from './helpers';

const RUNS = { numRuns: Number(process.env.FORMATS_RUNS) || 25, endOnFailure: true };
const SLOW_MS = 300_000;
/** One case's time bound: a hang, not noise; a linear reader takes well under a second. */
const CASE_MS = 10_000;

/** Runs one case, failing it when it takes longer than CASE_MS. */
function bounded(run: () => void): void {
	const started = performance.now();
	run();
	expect(performance.now() - started, 'one crafted case, in ms').toBeLessThan(CASE_MS);
}

/** Text around a run of `marker` repeated `count` times; the run may sit anywhere. */
const crafted = (markers: readonly string[], most = 100_000) =>
	fc
		.record({
			before: fc.string({ maxLength: 40 }),
			marker: fc.constantFrom(...markers),
			count: fc.integer({ min: 1_000, max: most }),
			after: fc.string({ maxLength: 40 })
		})
		.map(({ before, marker, count, after }) => `${before}${marker.repeat(count)}${after}`);

const oneLine = (message: string) => expect(message, 'a message of one line').not.toMatch(/\n/);

/** A valid bank within the caps, or a typed error whose every message is one line. */
function holds(result: ParseResult): void {
	if (result.ok) {
		expectValid(result.bank);
		for (const u of result.unsupported ?? []) oneLine(u.message);
	} else {
		expect(result.error).toBeInstanceOf(FormatError);
		for (const p of result.error.problems) oneLine(p.message);
	}
}

const CSV_MARKERS = ['"', '""', ',', '\t', ';', '\n', '\r', '\r\n', 'a,"', '"a",', ',,,"\n', '{{c1::', '}}', '#', 'x'.repeat(50)];
const AIKEN_MARKERS = ['A. ', 'A) ', 'ANSWER: A\n', '\n', 'Q\nA. a\n', 'A. a\nB. b\n', ' '];
const JSON_MARKERS = ['[', '{"a":', '"', '\\', '{"format":"factdeck.bank",', ']', '[{', '\\u0000'];

describe('text bank readers on crafted runs', { timeout: SLOW_MS }, () => {
	it('CSV and TSV give a bank or a one-line error, whatever the run', () => {
		fc.assert(
			fc.property(crafted(CSV_MARKERS), (text) =>
				bounded(() => {
					holds(parseCsv(`front,back\n${text}\nlast,row\n`));
					holds(parseCsv(text, { separator: '\t' }));
				})
			),
			RUNS
		);
	});

	it('Aiken gives a bank or a one-line error, whatever the run', () => {
		fc.assert(
			fc.property(crafted(AIKEN_MARKERS), (text) => bounded(() => holds(parseAiken(`What is it?\n${text}\nA. yes\nB. no\nANSWER: A\n`)))),
			RUNS
		);
	});

	it('bank JSON gives a bank or a one-line error, nesting and strings of any length', () => {
		fc.assert(
			fc.property(crafted(JSON_MARKERS), (text) => bounded(() => holds(parseJson(text)))),
			RUNS
		);
	});
});

describe('backups, links, results and articles on crafted runs', { timeout: SLOW_MS }, () => {
	it('a backup gives its typed result, never an exception', () => {
		fc.assert(
			fc.property(crafted(JSON_MARKERS), (text) =>
				bounded(() => {
					const result = parseBackup(`{"format":"factdeck.backup","version":1,"banks":${text}`);
					if (!result.ok) for (const p of result.error.problems) oneLine(p.message);
				})
			),
			RUNS
		);
	});

	it('a share link gives a bank or a one-line error', () => {
		const LINK_MARKERS = ['A', '-', '_', '%', '<script>', '#b=', '1', '~'];
		fc.assert(
			fc.property(crafted(LINK_MARKERS, 300_000), (text) =>
				bounded(() => {
					const decoded = decodeBankLink(`https://factdeck.example/share#b=${text}`);
					if (decoded.ok) expectValid(decoded.bank);
					else oneLine(decoded.error);
				})
			),
			RUNS
		);
	});

	it('a result file gives a result or a one-line error', () => {
		fc.assert(
			fc.property(crafted(JSON_MARKERS, 200_000), (text) =>
				bounded(() => {
					const parsed = parseResult(`{"format":"factdeck.result","version":1,"answers":${text}`);
					if (!parsed.ok) oneLine(parsed.error);
				})
			),
			RUNS
		);
	});

	it('an article file in any markup reads to text, unclosed tags and links included', () => {
		const MARKUP = ['<', '<!--', '<script>', '<a href="', '[', '[x](', '](', '&amp', '&#', '*', '`'];
		fc.assert(
			fc.property(crafted(MARKUP, 100_000), fc.constantFrom('a.html', 'a.md', 'a.txt'), (text, name) =>
				bounded(() => expect(typeof articleText(name, `Title\n\n${text}\n\nThe end.`)).toBe('string'))
			),
			RUNS
		);
	});
});
