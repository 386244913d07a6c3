/**
 * Moodle XML, the file Moodle's question bank exports and imports:
 * `parseMoodleXml` (read, map) and `emitMoodleXml` (write). Categories become
 * tags when the file has several; a file of one category takes its name as
 * the bank's title, so a bank written here comes back with the same tags.
 */
import { MAX_QUESTIONS_PER_BANK } from '../bank/limits';
import { imagesIn } from '../bank/question-images';
import { BankCollector } from './build';
import { failure, type ParseOptions, type ParseResult } from './errors';
import { mapQuestion, readHeader } from './moodle-xml-map';
import { readQuiz, tooManyQuestions, type RawQuestion } from './moodle-xml-read';
import { MAX_CLOZE_SPLIT_CHARS } from './moodle-xml-split';
import { BadFile, child, fieldText, formatOf, MediaFiles, richText } from './moodle-xml-text';
import { decodeText, titleFromName } from './text';

export { emitMoodleXml } from './moodle-xml-write';
export { MAX_MOODLE_XML_BYTES, MAX_MOODLE_XML_DEPTH } from './moodle-xml-read';

/** Parts of a category path that name no category of the teacher's: the context and Moodle's own top. */
const CONTEXT = /^\$[a-z0-9]+\$$|^top$/i;

/** The category's own name: the last part of its path (`$course$/top/Biology/Cells` → `Cells`); `//` is a slash in a name. */
export function categoryName(path: string): string {
	const parts = path
		.split(/(?<!\/)\/(?!\/)/)
		.map((p) => p.replace(/\/\//g, '/').trim())
		.filter((p) => p && !CONTEXT.test(p));
	return parts.at(-1) ?? '';
}

const isCategory = (q: RawQuestion) => q.node['@']?.type?.trim() === 'category';

/** Parses a Moodle XML file into a bank, its images, and the questions it could not bring over. */
export function parseMoodleXml(input: string | Uint8Array, opts: ParseOptions = {}): ParseResult {
	const decoded = decodeText(input, 'moodle-xml');
	if (!decoded.ok) return decoded;
	const quiz = readQuiz(decoded.text);
	if (!quiz.ok) return quiz;
	const questions = quiz.questions.filter((q) => !isCategory(q));
	if (questions.length === 0) return failure('moodle-xml', [{ line: quiz.quizLine, message: 'the quiz holds no questions' }]);
	if (questions.length > MAX_QUESTIONS_PER_BANK) {
		return failure('moodle-xml', [tooManyQuestions(questions.length)]);
	}
	const categoryNodes = quiz.questions.filter(isCategory);
	const categories = [...new Set(categoryNodes.map((q) => categoryName(fieldText(child(q.node, 'category')))))].filter(Boolean);
	const tagCategories = categories.length > 1;
	const out = new BankCollector('moodle-xml');
	const read = { media: new MediaFiles(), budget: { left: MAX_CLOZE_SPLIT_CHARS } };
	let category: string[] = [];
	try {
		for (const q of quiz.questions) {
			if (isCategory(q)) {
				const name = categoryName(fieldText(child(q.node, 'category')));
				category = tagCategories && name ? [name] : [];
				continue;
			}
			mapQuestion(readHeader(q, read.media, category), q.node, read, out);
		}
	} catch (err) {
		if (err instanceof BadFile) return failure('moodle-xml', [{ line: err.line, message: err.message }]);
		throw err;
	}
	for (const w of decoded.warnings) out.warn(w.message);
	const title = opts.title ?? (categories.length === 1 ? categories[0] : undefined) ?? titleFromName(opts.name) ?? 'Moodle questions';
	// One category's description describes the bank.
	const info = child(categoryNodes[0]?.node, 'info');
	const description = categories.length === 1 ? richText(fieldText(info), formatOf(info, 'moodle_auto_format')).plain : undefined;
	const result = out.finish({ title, description });
	if (!result.ok) return result;
	// Only the images a kept question shows: one of a question left out is not stored.
	const shown = new Set(result.bank.questions.flatMap((q) => [...imagesIn(q.html?.prompt), ...imagesIn(q.html?.answer)].map((i) => i.name)));
	const media = new Map([...read.media.media].filter(([name]) => shown.has(name)));
	return media.size ? { ...result, media } : result;
}
