/** A teacher's results as CSV: a header row, then one row per student of the class. */
import { toCsv, type CsvCell } from '../../lib/core/share/csv';
import type { TeacherResults } from './assignment-results';

/** The CSV a spreadsheet opens: tests with scores and times, study banks with cards seen. */
export function teacherResultsCsv(results: TeacherResults): string {
	if (results.kind === 'test') {
		const rows: CsvCell[][] = [['Student', 'Done', 'Best score', 'Last score', 'Max score', 'Time taken (s)', 'Attempts', 'Last active']];
		for (const s of results.students) {
			const seconds = s.timeTakenMs === null ? null : Math.round(s.timeTakenMs / 1000);
			rows.push([s.name, s.done ? 'yes' : 'no', s.best, s.last, s.maxScore, seconds, s.attempts, s.lastActiveAt]);
		}
		return toCsv(rows);
	}
	const rows: CsvCell[][] = [['Student', 'Cards seen', 'Cards', 'Reviews', 'Last active', 'Goal met']];
	for (const s of results.students) rows.push([s.name, s.cardsSeen, results.facts, s.reviews, s.lastActiveAt, s.goalMet ? 'yes' : 'no']);
	return toCsv(rows);
}
