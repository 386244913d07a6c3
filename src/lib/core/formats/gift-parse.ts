/**
 * Moodle GIFT import. Each block is one Moodle question; every one is either
 * imported with its meaning (names, formats, weights, matching pairs,
 * numbers with tolerances) or reported as unsupported with its line, and
 * every simplification is reported as a warning.
 */
import { BankCollector } from './build';
import { failure, type ParseOptions, type ParseResult, type Problem } from './errors';
import { parseGiftAnswers } from './gift-answers';
import { giftQuestion } from './gift-map';
import { findUnescaped, giftBlocks, unescapeGift, type GiftBlock, type GiftParts } from './gift-scan';
import { decodeText, titleFromName } from './text';

function splitBlock(block: GiftBlock): GiftParts | string {
	let text = block.text.trim();
	let name: string | undefined;
	if (text.startsWith('::')) {
		// Without a closing `::` Moodle drops the opening one and reads on without a name.
		const end = findUnescaped(text, '::', 2);
		if (end >= 0) name = unescapeGift(text.slice(2, end)).trim();
		text = text.slice(end >= 0 ? end + 2 : 2).trimStart();
	}
	const fmt = /^\[(moodle|html|markdown|plain)\]/i.exec(text);
	const format = (fmt ? fmt[1].toLowerCase() : 'moodle') as GiftParts['format'];
	if (fmt) text = text.slice(fmt[0].length);
	const open = findUnescaped(text, '{');
	if (open < 0) return { name, format, before: text, after: '' };
	const close = findUnescaped(text, '}', open + 1);
	if (close < 0) return 'the answers opened with { are never closed with }';
	const after = text.slice(close + 1);
	if (findUnescaped(after, '{') >= 0) return 'a question may have only one set of answers in { }';
	return { name, format, before: text.slice(0, open), after, answers: text.slice(open + 1, close) };
}

/** Parses GIFT text into a bank. */
export function parseGift(input: string | Uint8Array, opts: ParseOptions = {}): ParseResult {
	const decoded = decodeText(input, 'gift');
	if (!decoded.ok) return decoded;
	const { blocks, categories } = giftBlocks(decoded.text);
	const out = new BankCollector('gift');
	for (const w of decoded.warnings) out.warn(w.message, w);
	const problems: Problem[] = [];
	for (const block of blocks) {
		const at = { line: block.line };
		const parts = splitBlock(block);
		if (typeof parts === 'string') {
			problems.push({ ...at, message: parts });
			continue;
		}
		if (parts.answers === undefined) {
			out.skip('description', 'a description (text without a question) is not imported', at);
			continue;
		}
		const answers = parseGiftAnswers(parts.answers, parts.format);
		if (answers.kind === 'error') problems.push({ ...at, message: answers.message });
		else if (answers.kind === 'refused') out.skip('too many answers', answers.message, at);
		else {
			const problem = giftQuestion(parts, answers, block.tags, at, out);
			if (problem) problems.push({ ...at, message: problem });
		}
	}
	if (problems.length) return failure('gift', problems);
	const distinct = [...new Set(categories)];
	if (distinct.length > 1) out.warn(`the questions come from ${distinct.length} categories (${distinct.join(', ')}); they are imported into one bank`);
	return out.finish({ title: opts.title ?? distinct[0] ?? titleFromName(opts.name) ?? '' });
}
