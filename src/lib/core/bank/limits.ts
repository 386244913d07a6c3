/** How large a bank may be: the caps every way in (import, link, editor) holds a bank to. */

/**
 * The most questions one bank may hold. The largest real file we know of is
 * an Anki deck of 200,000 notes, which must import; a spreadsheet of a
 * million rows would take the browser half an hour to write and hundreds of
 * megabytes to hold, so it is refused whole, with nothing written.
 */
export const MAX_QUESTIONS_PER_BANK = 250_000;

/**
 * The longest text one field of a question may hold (prompt, answer, choice,
 * explanation, rich text). A whole book chapter fits; a 10 MB field froze the
 * editor and every page that shows the question.
 */
export const MAX_FIELD_CHARS = 100_000;
