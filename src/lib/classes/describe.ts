/** An assignment's settings in one line, as the teacher set them. */
import type { AssignmentSummary, StudySettings, TestSettings } from '$lib/core/classes/protocol';
import { describePlan } from '$lib/core/quiz/test-plan';
import { formatDate } from '$lib/ui/dates';

/** "Test: 10 questions, shuffled…; opens …; 2 attempts; answers shown after" or "Study: all cards seen by …". */
export function describeAssignment(assignment: AssignmentSummary): string {
	if (assignment.kind === 'study') {
		const { goalAt } = assignment.settings as StudySettings;
		return goalAt === undefined ? 'To study, no goal date' : `To study: all cards seen by ${formatDate(new Date(goalAt))}`;
	}
	const s = assignment.settings as TestSettings;
	const parts = [`Test: ${describePlan(s)}`];
	if (s.opensAt !== undefined) parts.push(`opens ${formatDate(new Date(s.opensAt), true)}`);
	if (s.closesAt !== undefined) parts.push(`closes ${formatDate(new Date(s.closesAt), true)}`);
	parts.push(`${s.attemptsAllowed} ${s.attemptsAllowed === 1 ? 'attempt' : 'attempts'}`);
	parts.push(s.showAnswers === 'after' ? 'answers shown after' : 'answers not shown');
	if (s.showClassAverage) parts.push('class average shown');
	return parts.join('; ');
}
