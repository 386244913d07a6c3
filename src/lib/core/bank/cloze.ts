/**
 * The cloze blank on its own, so that showing a cloze card does not load the
 * whole bank schema (and its validation library) on the study page.
 */

/** A cloze prompt marks its blank with three or more underscores. */
export const CLOZE_BLANK = /_{3,}/;
