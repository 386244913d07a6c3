/**
 * Classes and their members, mounted at /api/classes behind a session. Every
 * route asks the caller's role first (roleIn): a class one is not in answers
 * 404 like one that does not exist, and a student asking for a teacher's
 * action gets 403 before its body is read.
 */
import { Hono, type Context } from 'hono';
import { AddTeacherSchema, CreateClassSchema, RenameClassSchema, ResetPasswordSchema, type Role } from '../../lib/core/classes/protocol';
import { normalizeLogin } from '../../lib/core/sync/account';
import { isUuid, roleIn } from '../services/class-access';
import { addTeacher, classMembersOf, removeMember, resetStudentPassword } from '../services/class-members';
import { classSummaries, classSummary, createClass, renameClass, renewJoinCode, setArchived } from '../services/classes';
import { SIGN_UP_PER_ADDRESS } from '../services/rate-limit';
import { limited } from './account-routes';
import { requireAccount } from './auth';
import { parseBody } from './body';
import type { ServerEnv } from './env';

export const classRoutes = new Hono<ServerEnv>();
classRoutes.use('*', requireAccount);

type Ctx = Context<ServerEnv>;

const NO_CLASS = 'No such class.';
const TEACHERS_ONLY = "Only the class's teachers can do that.";
const LAST_TEACHER = 'A class needs a teacher: add another teacher first.';

/** The class of the URL and the caller's role in it, or the 404 to send. */
async function membership(c: Ctx): Promise<{ classId: string; role: Role } | Response> {
	const classId = c.req.param('id') ?? '';
	const role = await roleIn(c.get('db'), classId, c.get('accountId'));
	return role ? { classId, role } : c.json({ error: NO_CLASS }, 404);
}

/** The class of the URL when the caller teaches it, or the 404 or 403 to send. */
async function taught(c: Ctx): Promise<string | Response> {
	const found = await membership(c);
	if (found instanceof Response) return found;
	return found.role === 'teacher' ? found.classId : c.json({ error: TEACHERS_ONLY }, 403);
}

/** The class as the caller now sees it. */
async function summary(c: Ctx, classId: string): Promise<Response> {
	return c.json(await classSummary(c.get('db'), c.get('accountId'), classId));
}

classRoutes.post('/', async (c) => {
	const body = await parseBody(c, CreateClassSchema);
	if (!body.ok) return body.response;
	return c.json(await createClass(c.get('db'), c.get('accountId'), body.value.name, c.get('now')()), 201);
});

classRoutes.get('/', async (c) => c.json(await classSummaries(c.get('db'), c.get('accountId'))));

classRoutes.get('/:id', async (c) => {
	const found = await membership(c);
	if (found instanceof Response) return found;
	const me = c.get('accountId');
	if (found.role === 'teacher') {
		return c.json({ class: await classSummary(c.get('db'), me, found.classId), members: await classMembersOf(c.get('db'), found.classId) });
	}
	// A student sees the teachers and themself, and no one's activity but their own.
	const members = await classMembersOf(c.get('db'), found.classId, me);
	return c.json({
		class: await classSummary(c.get('db'), me, found.classId),
		members: members.map((m) => (m.accountId === me ? m : { ...m, lastActiveAt: null }))
	});
});

classRoutes.patch('/:id', async (c) => {
	const classId = await taught(c);
	if (classId instanceof Response) return classId;
	const body = await parseBody(c, RenameClassSchema);
	if (!body.ok) return body.response;
	await renameClass(c.get('db'), classId, body.value.name);
	return summary(c, classId);
});

classRoutes.post('/:id/code', async (c) => {
	const classId = await taught(c);
	if (classId instanceof Response) return classId;
	await renewJoinCode(c.get('db'), classId, c.get('now')());
	return summary(c, classId);
});

for (const [action, archived] of [
	['archive', true],
	['unarchive', false]
] as const) {
	classRoutes.post(`/:id/${action}`, async (c) => {
		const classId = await taught(c);
		if (classId instanceof Response) return classId;
		await setArchived(c.get('db'), classId, archived, c.get('now')());
		return summary(c, classId);
	});
}

classRoutes.post('/:id/teachers', async (c) => {
	const classId = await taught(c);
	if (classId instanceof Response) return classId;
	const body = await parseBody(c, AddTeacherSchema);
	if (!body.ok) return body.response;
	// The answer tells whether a login exists, as sign-up does: the same address limit slows anyone listing them.
	const refused = await limited(c, [[SIGN_UP_PER_ADDRESS, c.get('clientIp')]]);
	if (refused) return refused;
	const accountId = await addTeacher(c.get('db'), classId, normalizeLogin(body.value.login), c.get('now')());
	if (!accountId) return c.json({ error: 'No account with that login.' }, 404);
	const added = (await classMembersOf(c.get('db'), classId)).find((m) => m.accountId === accountId);
	return c.json(added, 201);
});

classRoutes.delete('/:id/members/:accountId', async (c) => {
	const classId = await taught(c);
	if (classId instanceof Response) return classId;
	const accountId = c.req.param('accountId');
	const result = isUuid(accountId) ? await removeMember(c.get('db'), classId, accountId) : 'not-member';
	if (result === 'not-member') return c.json({ error: 'No such member of this class.' }, 404);
	if (result === 'last-teacher') return c.json({ error: LAST_TEACHER }, 409);
	return c.body(null, 204);
});

classRoutes.post('/:id/members/:accountId/password', async (c) => {
	const classId = await taught(c);
	if (classId instanceof Response) return classId;
	const body = await parseBody(c, ResetPasswordSchema);
	if (!body.ok) return body.response;
	const accountId = c.req.param('accountId');
	const reset = isUuid(accountId) && (await resetStudentPassword(c.get('db'), classId, accountId, body.value.password));
	if (!reset) return c.json({ error: "Only the password of a student account made on this class's join page can be reset here." }, 403);
	return c.body(null, 204);
});

classRoutes.delete('/:id/membership', async (c) => {
	const found = await membership(c);
	if (found instanceof Response) return found;
	const result = await removeMember(c.get('db'), found.classId, c.get('accountId'));
	if (result === 'last-teacher') return c.json({ error: LAST_TEACHER }, 409);
	return c.body(null, 204);
});
