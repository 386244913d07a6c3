/**
 * What answering a card needs and showing one does not: grading, the scheduler
 * (ts-fsrs), the writes of an answer, the request for persistent storage
 * that follows the first one, and the count of tomorrow's cards for
 * the end of a session. The study session imports this module when the
 * browser is idle after the first card shows (or at once, if an answer comes
 * first), so none of it delays that card.
 */
export { answerCard, previewOutcomes } from '$lib/core/srs/scheduler';
export { countDueTomorrow, saveAnswer, undoAnswer } from '$lib/storage/answers';
export { autoRating, gradeChoice, gradeTrueFalse, gradeTyped } from '$lib/core/quiz/grade';
export { gradePicked } from '$lib/core/quiz/grade-kinds';
export { askPersistenceOnce } from '$lib/app/persistence';
