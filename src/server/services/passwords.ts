/**
 * Password hashes with scrypt from node:crypto. A hash is stored as
 * `scrypt$N$r$p$salt$key` (salt and key in base64url), so a hash keeps the
 * parameters it was made with: they can be raised later, old hashes still
 * verify, and `needsRehash` tells sign-in to store a stronger one.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

interface Params {
	N: number;
	r: number;
	p: number;
}

/**
 * N = 2^14, r = 12, p = 1: 24 MiB and about 54 ms per hash on this machine
 * (2 shared cores, Node 20; median of 8). N = 2^15 with r = 8 took 74 ms and
 * N = 2^14 with r = 8 took 31 ms.
 */
const CURRENT: Params = { N: 16_384, r: 12, p: 1 };
const KEY_BYTES = 32;
const SALT_BYTES = 16;
// Refuse absurd parameters from a tampered row rather than eat the server's memory.
const MAX_MEMORY = 256 * 1024 * 1024;

function derive(password: string, salt: Buffer, { N, r, p }: Params): Promise<Buffer> {
	const options: ScryptOptions = { N, r, p, maxmem: Math.max(32 * 1024 * 1024, 256 * N * r) };
	return new Promise((resolve, reject) => scrypt(password.normalize('NFC'), salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key))));
}

function parse(stored: string): { params: Params; salt: Buffer; key: Buffer } | null {
	const [scheme, n, r, p, salt, key] = stored.split('$');
	if (scheme !== 'scrypt' || key === undefined) return null;
	const params = { N: Number(n), r: Number(r), p: Number(p) };
	if (![params.N, params.r, params.p].every(Number.isSafeInteger) || 128 * params.N * params.r > MAX_MEMORY) return null;
	return { params, salt: Buffer.from(salt, 'base64url'), key: Buffer.from(key, 'base64url') };
}

/** A new hash of the password, with a random salt and today's parameters. */
export async function hashPassword(password: string): Promise<string> {
	const salt = randomBytes(SALT_BYTES);
	const key = await derive(password, salt, CURRENT);
	return ['scrypt', CURRENT.N, CURRENT.r, CURRENT.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Whether the password matches the stored hash; compared in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
	const parsed = parse(stored);
	if (!parsed || parsed.key.length !== KEY_BYTES) return false;
	// Parameters scrypt refuses (a damaged row) verify nothing rather than fail the request.
	const key = await derive(password, parsed.salt, parsed.params).catch(() => null);
	return key !== null && timingSafeEqual(key, parsed.key);
}

/** Whether the hash was made with weaker parameters than today's (sign-in then stores a new one). */
export function needsRehash(stored: string): boolean {
	const parsed = parse(stored);
	return !parsed || parsed.params.N < CURRENT.N || parsed.params.r < CURRENT.r || parsed.params.p < CURRENT.p;
}

let dummy: Promise<string> | undefined;

/**
 * A hash of no one's password, made once: checking an unknown login against it
 * costs the same time as checking a real one, so timing does not tell which logins exist.
 */
export function dummyHash(): Promise<string> {
	dummy ??= hashPassword(randomBytes(18).toString('base64url'));
	return dummy;
}
