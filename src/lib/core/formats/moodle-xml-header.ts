/** What every Moodle XML question shares (type, name, text, feedback, tags, place), read once before its type is mapped. */
import type { RawQuestion } from './moodle-xml-read';
import { attr, child, children, fieldText, formatOf, richText, type MediaFiles, type RichText } from './moodle-xml-text';

/** What every question shares, read once. */
export interface Header {
	type: string;
	name: string;
	/** The question text as written (HTML with media names in place of @@PLUGINFILE@@), and its format. */
	raw: string;
	format: string;
	text: RichText;
	general: string;
	tags: string[];
	at: { line: number };
	/** How messages name the question. */
	label: string;
}

/** The header of a question; its images are stored in `media` as they are met. */
export function readHeader(q: RawQuestion, media: MediaFiles, categoryTags: string[]): Header {
	const { node } = q;
	const type = (attr(node, 'type') ?? '').trim();
	const name = fieldText(child(node, 'name')).trim();
	const label = name ? `${type} question ${JSON.stringify(name)}` : `${type || 'untyped'} question`;
	const field = child(node, 'questiontext');
	const format = formatOf(field);
	const raw = media.take(fieldText(field), field, label, q.line);
	const feedback = child(node, 'generalfeedback');
	const general = richText(fieldText(feedback), formatOf(feedback, format)).plain;
	const tags = [...children(child(node, 'tags'), 'tag').map((t) => fieldText(t).trim()), ...categoryTags].filter(Boolean);
	return { type, name, raw, format, text: richText(raw, format), general, tags, at: { line: q.line }, label };
}
