/** Element ids of the editor's fields and messages, shared by the fields and the summary that links to them. */

/** The id of a field's control: `q3-prompt`, or `bank-title` for the bank's own fields. */
export const fieldId = (key: string, field: string): string => `${key}-${field}`;

/** The id of the list of messages under a field. */
export const messagesId = (key: string, field: string): string => `${key}-${field}-messages`;

/** The id of a question's heading (focusable, the target of links to the question as a whole). */
export const headingId = (key: string): string => `${key}-heading`;

/** The key the bank's own fields use in place of a question key. */
export const BANK_KEY = 'bank';

/** The id of a question's row in the list (the button that opens it). */
export const rowId = (key: string): string => `${key}-row`;
