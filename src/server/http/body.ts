/** Reading a JSON request body through a valibot schema, with a 400 that says what is wrong. */
import type { Context } from 'hono';
import * as v from 'valibot';
import { firstIssue } from '../../lib/core/sync/protocol';

export type Parsed<T> = { ok: true; value: T } | { ok: false; response: Response };

/** The body, validated; or the 400 `{error}` response to send instead. */
export async function parseBody<S extends v.GenericSchema>(c: Context, schema: S): Promise<Parsed<v.InferOutput<S>>> {
	let json: unknown;
	try {
		json = await c.req.json();
	} catch {
		return { ok: false, response: c.json({ error: 'The request body must be JSON.' }, 400) };
	}
	const result = v.safeParse(schema, json);
	if (!result.success) return { ok: false, response: c.json({ error: firstIssue(result.issues) }, 400) };
	return { ok: true, value: result.output };
}
