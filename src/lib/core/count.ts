/** A whole number as every message writes it: 250,000, with the thousands marked. */
export const formatCount = (n: number) => n.toLocaleString('en-US');

/** A count with its noun: "1 question", "2,500 questions". */
export const countOf = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;
