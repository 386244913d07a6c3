/**
 * The account requests, validated by the server and checked by the app's forms
 * with the same schemas. A login is a username or an email address, compared
 * without case.
 */
import * as v from 'valibot';

export const MIN_PASSWORD = 8;
export const MAX_PASSWORD = 200;

const USERNAME = /^[a-z0-9][a-z0-9._-]{2,39}$/;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,190}\.[^\s@]{2,}$/;

/** A login as stored and compared: trimmed, lowercase. */
export function normalizeLogin(login: string): string {
	return login.trim().toLowerCase();
}

export const LoginSchema = v.pipe(
	v.string('login must be text'),
	v.transform(normalizeLogin),
	v.check((s) => USERNAME.test(s) || EMAIL.test(s), 'Use a username of 3–40 letters, digits, dots, dashes or underscores, or an email address.')
);

export const PasswordSchema = v.pipe(
	v.string('password must be text'),
	v.minLength(MIN_PASSWORD, `Use a password of at least ${MIN_PASSWORD} characters.`),
	v.maxLength(MAX_PASSWORD, `Use a password of at most ${MAX_PASSWORD} characters.`)
);

export const CredentialsSchema = v.strictObject({ login: LoginSchema, password: PasswordSchema });
export type Credentials = v.InferOutput<typeof CredentialsSchema>;

/**
 * Signing in checks only that both are there: a password shorter than today's
 * minimum must still get the same "wrong login or password" as any other.
 */
export const SignInSchema = v.strictObject({
	login: v.pipe(v.string('login must be text'), v.transform(normalizeLogin), v.maxLength(254, 'login is too long')),
	password: v.pipe(v.string('password must be text'), v.maxLength(MAX_PASSWORD, 'password is too long'))
});

export const ChangePasswordSchema = v.strictObject({ current: v.string('current must be text'), next: PasswordSchema });

export const DeleteAccountSchema = v.strictObject({ password: v.string('password must be text') });

/** What `GET /api/account` answers for a signed-in device. */
export interface AccountInfo {
	login: string;
	createdAt: string;
}
