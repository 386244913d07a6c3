/**
 * Join codes: drawn from a cryptographic random source, so one code tells
 * nothing about another, and stored as typed after normalizeJoinCode.
 */
import { randomInt } from 'node:crypto';
import { JOIN_CODE_ALPHABET, JOIN_CODE_DAYS, JOIN_CODE_LENGTH } from '../../lib/core/classes/protocol';

/** A new random join code. */
export function newJoinCode(): string {
	let code = '';
	for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
	return code;
}

/** When a code made now stops working. */
export function codeExpiry(now: Date): Date {
	return new Date(now.getTime() + JOIN_CODE_DAYS * 86_400_000);
}

// A clash of 48-bit codes is rare enough that a few tries always find a free one.
const TRIES = 5;

/**
 * Runs `store` with fresh codes until one is not taken: `store` returns null
 * (or throws a unique violation) when its code was.
 */
export async function withFreshCode<T>(store: (code: string) => Promise<T | null>): Promise<T> {
	for (let i = 0; i < TRIES; i++) {
		try {
			const stored = await store(newJoinCode());
			if (stored !== null) return stored;
		} catch (error) {
			if (!isUniqueViolation(error)) throw error;
		}
	}
	throw new Error('no free join code');
}

/** PostgreSQL's unique_violation, from either driver (drizzle may wrap it in `cause`). */
export function isUniqueViolation(error: unknown): boolean {
	for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
		if ((e as { code?: unknown }).code === '23505') return true;
		if ((e as { cause?: unknown }).cause === e) break;
	}
	return false;
}
