/**
 * The names the import page shows for each format, apart from the reader:
 * a page that only names formats must not load the codecs (and the XML
 * parser they bring) that only the import worker runs.
 */
import type { FormatName } from '$lib/core/formats/errors';

/** What the reader shows the teacher for each format. */
export const FORMAT_LABELS: Record<FormatName | 'quizlet', string> = {
	json: 'Factdeck bank (JSON)',
	backup: 'Factdeck full backup',
	csv: 'CSV (comma-separated text)',
	tsv: 'TSV (tab-separated text)',
	gift: 'Moodle GIFT',
	aiken: 'Aiken',
	apkg: 'Anki package',
	'moodle-xml': 'Moodle XML',
	xlsx: 'Kahoot or Quizizz sheet (.xlsx)',
	quizlet: 'Quizlet export'
};
