/**
 * Lists of names around a blank ("____, John McKinlay, William Landsborough
 * and Frederick Walker"): one name of a list is matched, not remembered.
 */

/** A name in a list, of one or more capitalised words, after an optional "the" ("the United Kingdom"). */
const LISTED_NAME = String.raw`(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*`;
/** What follows a blank that comes before the last of a list of names: ", Philadelphia and Charleston", " and Spain". */
export const LIST_GOES_ON = new RegExp(String.raw`^(?:,\s+${LISTED_NAME})*,?\s+(?:and|or)\s+(?:the\s+)?\p{Lu}`, 'u');
/** What follows a blank that opens a list of three names or more: ", John McKinlay, William Landsborough and Frederick Walker". */
export const LIST_OF_THREE = new RegExp(String.raw`^(?:,\s+${LISTED_NAME})+,?\s+(?:and|or)\s+(?:the\s+)?\p{Lu}`, 'u');
/** What follows a blank inside a list of names: ", Delft,", ", the United Kingdom,". */
export const NEXT_IN_LIST = new RegExp(String.raw`^,\s+${LISTED_NAME},`, 'u');
