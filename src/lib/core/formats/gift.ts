/** Moodle GIFT: `parseGift` (gift-parse.ts) and `emitGift` (gift-emit.ts). */
export { parseGift } from './gift-parse';
export { emitGift } from './gift-emit';
