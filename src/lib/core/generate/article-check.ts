/**
 * The checks an article passes before the generator sees it, for /create and
 * the `generate` command alike: a file's name, size and content, then the
 * text's length. Each refusal is one sentence, in the words /create shows.
 */
import { articleText, articleTooLong, looksBinary, MAX_ARTICLE_FILE_BYTES } from './input';

/** Fewest words /create generates from: fewer make too few sentences to ask about. */
export const MIN_ARTICLE_WORDS = 30;

/** An article file as /create (a browser File) and the command line (a path) both see it. */
export interface ArticleFile {
	name: string;
	size: number;
	text(): Promise<string>;
}

/** An article file read as text, or why it cannot be. */
export type ArticleRead = { ok: true; text: string } | { ok: false; error: string };

/** Reads an article file as plain text, refusing a name other than .txt, .md or .html, a file far too large (unread), or binary content. */
export async function readArticleFile(file: ArticleFile): Promise<ArticleRead> {
	if (!/\.(txt|text|md|markdown|html?)$/i.test(file.name)) return { ok: false, error: `${file.name}: open a .txt, .md or .html file.` };
	if (file.size > MAX_ARTICLE_FILE_BYTES) return { ok: false, error: `${file.name} is too large for an article (${Math.round(file.size / 1024)} KB).` };
	const raw = await file.text();
	// A renamed PDF or Word file would otherwise reach the generator as garbage.
	if (looksBinary(raw)) return { ok: false, error: `${file.name} is not a text file: open a .txt, .md or .html file.` };
	return { ok: true, text: articleText(file.name, raw) };
}

/** Why a text cannot be generated from (fewer than `minWords` words, or over the length cap); null when it can. */
export function articleTextProblem(text: string, minWords = MIN_ARTICLE_WORDS): string | null {
	const trimmed = text.trim();
	if (trimmed.split(/\s+/).filter(Boolean).length < minWords) {
		return 'Paste or open an article of at least a few paragraphs: there are too few sentences to ask about.';
	}
	const tooLong = articleTooLong(trimmed.length);
	return tooLong ? `This article is too long: ${tooLong}.` : null;
}
