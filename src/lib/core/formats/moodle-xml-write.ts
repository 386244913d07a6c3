/**
 * A bank as Moodle XML, the way Moodle writes its own exports: a category
 * named after the bank, then each question with its name, text, general
 * feedback (our explanation), key and tags; images embedded as base64.
 *
 * Written with a small escaping writer rather than fast-xml-parser's builder:
 * Moodle's files put HTML in CDATA and every text in a `<text>` child, which
 * is a few lines here and a tangle of builder options there.
 */
import type { Bank, Question } from '../bank/schema';
import { imagesIn } from '../bank/question-images';
import { toBase64 } from './backup-media';
import { imgTags } from './html-tags';
import { moodleGrade, moodleWeights } from './moodle-grades';
import { defaultName, PLUGINFILE } from './moodle-xml-text';

/** Media files by name, as the bank's images are stored. */
export type MediaBytes = ReadonlyMap<string, Uint8Array>;

// Characters XML 1.0 cannot hold at all, not even escaped.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const escapeXml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Text as element content: as is when it holds nothing special, else in CDATA (split where it holds `]]>`), as Moodle writes it. */
function content(raw: string): string {
	const text = raw.replace(NOT_XML, '');
	return /[&<>"']/.test(text) ? `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>` : text;
}

const textEl = (text: string, indent: string) => `${indent}<text>${content(text)}</text>`;

/** A field with a format: `<questiontext format="html"><text>…</text><file …/></questiontext>`. */
function field(tag: string, text: string, format: string, indent: string, extra: string[] = [], attrs = ''): string[] {
	return [`${indent}<${tag}${attrs} format="${format}">`, textEl(text, `${indent}  `), ...extra, `${indent}</${tag}>`];
}

/** The HTML with each image of the bank pointed at Moodle's file of the field, and those files. */
function withFiles(html: string, media: MediaBytes | undefined, indent: string): { html: string; files: string[] } {
	const files = imagesIn(html)
		.filter((i) => media?.has(i.name))
		.map((i) => `${indent}<file name="${escapeXml(i.name)}" path="/" encoding="base64">${toBase64(media?.get(i.name) as Uint8Array)}</file>`);
	let out = '';
	let from = 0;
	for (const tag of imgTags(html)) {
		const body = html
			.slice(tag.start, tag.end)
			.replace(/(\ssrc\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i, (whole, head: string, a?: string, b?: string, c?: string) => {
				const name = imagesIn(`<img src="${a ?? b ?? c ?? ''}">`)[0]?.name;
				return name ? `${head}"${PLUGINFILE}${encodeURIComponent(name)}"` : whole;
			});
		out += html.slice(from, tag.start) + body;
		from = tag.end;
	}
	return { html: out + html.slice(from), files };
}

/** An answer with its weight, already one Moodle offers (see moodle-grades.ts). */
function answer(text: string, fraction: number, extra: string[] = []): string[] {
	return [`    <answer fraction="${fraction}" format="plain_text">`, textEl(text, '      '), ...extra, '    </answer>'];
}

/** The type-specific part of a question. */
function key(q: Question, media: MediaBytes | undefined): { type: string; lines: string[] } {
	switch (q.type) {
		case 'mcq':
		case 'multi': {
			const choices = q.choices ?? [];
			const weights = moodleWeights(q) ?? choices.map((c) => (c === q.answer ? 100 : 0));
			const head = [`    <single>${q.type === 'mcq'}</single>`, '    <shuffleanswers>true</shuffleanswers>', '    <answernumbering>abc</answernumbering>'];
			return { type: 'multichoice', lines: [...head, ...choices.flatMap((c, i) => answer(c, weights[i] ?? 0))] };
		}
		case 'truefalse':
			return { type: 'truefalse', lines: [...answer('true', q.answer === true ? 100 : 0), ...answer('false', q.answer === true ? 0 : 100)] };
		case 'numerical': {
			const numbers = q.numbers ?? [];
			const first = numbers.findIndex((n) => n.credit >= 100);
			const text = (i: number) => (i === first ? String(q.answer) : String(numbers[i].value));
			return { type: 'numerical', lines: numbers.flatMap((n, i) => answer(text(i), moodleGrade(n.credit), [`      <tolerance>${n.tolerance}</tolerance>`])) };
		}
		case 'matching': {
			const pairs = (q.pairs ?? []).flatMap((p) => [
				'    <subquestion format="plain_text">',
				textEl(p.left, '      '),
				'      <answer>',
				textEl(p.right, '        '),
				'      </answer>',
				'    </subquestion>'
			]);
			return { type: 'matching', lines: ['    <shuffleanswers>true</shuffleanswers>', ...pairs] };
		}
		case 'flashcard': {
			// Moodle has no flashcard: an essay whose information for graders is the back, read back as a flashcard.
			const back = q.html?.answer ? withFiles(q.html.answer, media, '      ') : undefined;
			const info = back ? field('graderinfo', back.html, 'html', '    ', back.files) : field('graderinfo', String(q.answer), 'plain_text', '    ');
			return { type: 'essay', lines: ['    <responseformat>editor</responseformat>', '    <responserequired>1</responserequired>', ...info] };
		}
		default: {
			// Typed answers and fill in the blanks (the blank stays in the text) are short answers.
			const answers = [String(q.answer), ...(q.accept ?? [])];
			return { type: 'shortanswer', lines: ['    <usecase>0</usecase>', ...answers.flatMap((a) => answer(a, 100))] };
		}
	}
}

function question(q: Question, media: MediaBytes | undefined): string[] {
	const { type, lines } = key(q, media);
	const text = q.html?.prompt ? withFiles(q.html.prompt, media, '      ') : undefined;
	const tags = (q.tags ?? []).flatMap((t) => ['      <tag>', textEl(t, '        '), '      </tag>']);
	return [
		`  <question type="${type}">`,
		'    <name>',
		textEl(q.name ?? defaultName(q.prompt), '      '),
		'    </name>',
		...(text ? field('questiontext', text.html, 'html', '    ', text.files) : field('questiontext', q.prompt, 'plain_text', '    ')),
		...field('generalfeedback', q.explanation ?? '', 'plain_text', '    '),
		'    <defaultgrade>1</defaultgrade>',
		'    <penalty>0.3333333</penalty>',
		'    <hidden>0</hidden>',
		...lines,
		...(tags.length ? ['    <tags>', ...tags, '    </tags>'] : []),
		'  </question>'
	];
}

/** The bank as a Moodle XML file; `media` holds the images its questions show, embedded in the questions that show them. */
export function emitMoodleXml(bank: Bank, media?: MediaBytes): string {
	const category = [
		'  <question type="category">',
		'    <category>',
		textEl(`$course$/top/${bank.title.replace(/\//g, '//')}`, '      '),
		'    </category>',
		...field('info', bank.description ?? '', 'plain_text', '    '),
		'  </question>'
	];
	const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<quiz>', ...category, ...bank.questions.flatMap((q) => question(q, media)), '</quiz>', ''];
	return lines.join('\n');
}
