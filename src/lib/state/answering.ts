/**
 * What answering a card needs and showing one does not: the scheduler
 * (ts-fsrs), the writes of an answer, and the count of tomorrow's cards for
 * the end of a session. The study session imports this module once its first
 * card is painted, so none of it delays that paint.
 */
export { answerCard, previewOutcomes } from '$lib/core/srs/scheduler';
export { countDueTomorrow, saveAnswer, undoAnswer } from '$lib/storage/answers';
