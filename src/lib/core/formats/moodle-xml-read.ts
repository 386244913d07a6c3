/**
 * Moodle XML as a tree: the text checked against the caps first (size,
 * DOCTYPE, nesting), then parsed by fast-xml-parser with only the five XML
 * entities and character references decoded. Each `<question>` comes with the
 * line it starts on, for messages.
 */
import { XMLParser } from 'fast-xml-parser';
import { MAX_QUESTIONS_PER_BANK } from '../bank/limits';
import { failure, type Problem } from './errors';
import { formatCount, formatSize } from './text';

/**
 * The largest Moodle XML file read: 50 MB. The parser holds the whole tree in
 * memory (a few times the text), so this sits below the 100 MB of the
 * streaming readers; a bank of a thousand questions with photos is under 20 MB.
 */
export const MAX_MOODLE_XML_BYTES = 50 * 1024 * 1024;

/** The deepest element nesting read: Moodle writes 5 levels (quiz, question, answer, feedback, text). */
export const MAX_MOODLE_XML_DEPTH = 32;

/** An element as the parser gives it: attributes under `@`, text under `#text`, children by name. */
export type XmlNode = { '@'?: Record<string, string>; '#text'?: string } & { [child: string]: unknown };

/** One `<question>` of the quiz and the line it starts on. */
export interface RawQuestion {
	node: XmlNode;
	line: number;
}

/** Elements Moodle may repeat; always read as lists so that one and many look alike. */
const REPEATED = new Set(['question', 'answer', 'file', 'subquestion', 'tag', 'unit', 'hint']);

// Only what XML itself defines: the five entities and character references. A
// DOCTYPE, the one place more could be declared, is refused before parsing.
const XML_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '',
	attributesGroupName: '@',
	parseTagValue: false,
	parseAttributeValue: false,
	// Markdown and plain text keep their spaces; each field is trimmed where it is read.
	trimValues: false,
	processEntities: true,
	// Typed as a boolean, read as the table of named entities (with character references allowed) when given one.
	htmlEntities: XML_ENTITIES as unknown as boolean,
	ignoreDeclaration: true,
	ignorePiTags: true,
	isArray: (name) => REPEATED.has(name),
	maxNestedTags: MAX_MOODLE_XML_DEPTH
});

/** The line of each offset, from the offsets where lines start. */
function lineFinder(text: string): (offset: number) => number {
	const starts = [0];
	for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return (offset) => {
		let [lo, hi] = [0, starts.length - 1];
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (starts[mid] <= offset) lo = mid;
			else hi = mid - 1;
		}
		return lo + 1;
	};
}

/**
 * Where a `<!DOCTYPE` or `<!ENTITY` stands outside comments and CDATA, or -1.
 * Entity declarations are how XML bombs grow a small file into gigabytes;
 * Moodle never writes one, so a file with one is refused unread.
 */
function declarationAt(text: string): number {
	for (let at = text.indexOf('<!'); at >= 0; at = text.indexOf('<!', at + 2)) {
		if (text.startsWith('<!--', at)) {
			const end = text.indexOf('-->', at + 4);
			if (end < 0) return -1;
			at = end;
		} else if (text.startsWith('<![CDATA[', at)) {
			const end = text.indexOf(']]>', at + 9);
			if (end < 0) return -1;
			at = end;
		} else if (/^<!(DOCTYPE|ENTITY)/i.test(text.slice(at, at + 9))) return at;
	}
	return -1;
}

/** The parser's reason without its own place suffix (`:3:7`), which the problem carries instead. */
function parserProblem(err: unknown): Problem {
	const message = err instanceof Error ? err.message : String(err);
	const m = /^(.*?):(\d+):(\d+|undefined)$/s.exec(message);
	if (m) return { line: Number(m[2]), message: `not well-formed XML: ${m[1].replace(/\.$/, '')}` };
	const named = /\[SECURITY\][^"]*"([^"]+)"/.exec(message);
	if (named) return { message: `the file uses the name ${JSON.stringify(named[1])}, which Factdeck refuses in any file` };
	if (/nested tags/i.test(message)) return { message: `the elements are nested more than ${MAX_MOODLE_XML_DEPTH} deep; Moodle XML nests 5` };
	return { message: `not well-formed XML: ${message}` };
}

/**
 * Where each `<name>` child of the root element starts, in one pass over the
 * text (comments, CDATA and declarations skipped). The parser can record
 * offsets itself, but that made parsing a 35 MB file half again as slow
 * (6.3 s against 4.2 s on this machine).
 */
function childStarts(text: string, name: string): number[] {
	const starts: number[] = [];
	let depth = 0;
	for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
		const skip = text.startsWith('<!--', at) ? '-->' : text.startsWith('<![CDATA[', at) ? ']]>' : text[at + 1] === '?' || text[at + 1] === '!' ? '>' : '';
		const end = text.indexOf(skip || '>', at + 1);
		if (end < 0) break;
		if (!skip) {
			if (text[at + 1] === '/') depth--;
			else {
				if (depth === 1 && text.startsWith(name, at + 1) && /[\s/>]/.test(text[at + 1 + name.length])) starts.push(at);
				if (text[end - 1] !== '/') depth++;
			}
		}
		at = end;
	}
	return starts;
}

/** The refusal of a file of more questions than a bank holds. */
export const tooManyQuestions = (n: number): Problem => ({
	message: `the file holds ${formatCount(n)} questions; Factdeck reads at most ${formatCount(MAX_QUESTIONS_PER_BANK)} per bank`
});

/** Is the `<question` tag at `at` a category (`type="category"`), which is no question? */
const isCategoryTag = (text: string, at: number) => /\stype\s*=\s*(["'])\s*category\s*\1/.test(text.slice(at, text.indexOf('>', at)));

const asNode = (v: unknown): XmlNode | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as XmlNode) : undefined);

/** The quiz's questions in file order with their lines, or the one reason the text is not a Moodle XML quiz. */
export function readQuiz(text: string): { ok: true; questions: RawQuestion[]; quizLine: number } | ReturnType<typeof failure> {
	if (text.length > MAX_MOODLE_XML_BYTES) {
		return failure('moodle-xml', [{ message: `the file is larger than ${formatSize(MAX_MOODLE_XML_BYTES)}, the most Factdeck reads as Moodle XML` }]);
	}
	if (!text.trim()) return failure('moodle-xml', [{ message: 'the file is empty' }]);
	const lineOf = lineFinder(text);
	const declared = declarationAt(text);
	if (declared >= 0) {
		return failure('moodle-xml', [
			{ line: lineOf(declared), message: 'the file declares a DOCTYPE or entities, which Moodle XML never does; Factdeck does not read them' }
		]);
	}
	// Counted before parsing: the tree of 300,000 tiny questions (40 MB of text) outgrew a 512 MB heap before the count was known.
	const starts = childStarts(text, 'question');
	const counted = starts.reduce((n, at) => (isCategoryTag(text, at) ? n : n + 1), 0);
	if (counted > MAX_QUESTIONS_PER_BANK) return failure('moodle-xml', [tooManyQuestions(counted)]);
	let tree: Record<string, unknown>;
	try {
		tree = parser.parse(text, true) as Record<string, unknown>;
	} catch (err) {
		return failure('moodle-xml', [parserProblem(err)]);
	}
	const roots = Object.keys(tree).filter((k) => k !== '#text');
	// An empty <quiz> parses as its text (blank, or nothing at all).
	const quiz = asNode(tree.quiz) ?? (typeof tree.quiz === 'string' ? ({} as XmlNode) : undefined);
	if (!quiz) {
		const root = roots[0] ? `<${roots[0]}>` : 'no element';
		return failure('moodle-xml', [{ message: `not a Moodle XML question file: its root is ${root}, not <quiz>` }]);
	}
	const quizLine = lineOf(Math.max(0, text.indexOf('<quiz')));
	const list = Array.isArray(quiz.question) ? quiz.question : [];
	// Where the scan and the parser disagree (a `>` inside an attribute), every question is placed at <quiz>.
	const aligned = starts.length === list.length;
	const questions = list.map((q, i) => ({ node: asNode(q) ?? {}, line: aligned ? lineOf(starts[i]) : quizLine }));
	return { ok: true, questions, quizLine };
}
