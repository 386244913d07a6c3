/** A whole number as every message writes it: 250,000, with the thousands marked. */
export const formatCount = (n: number) => n.toLocaleString('en-US');
