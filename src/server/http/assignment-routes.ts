/**
 * Assignments, attempts and results, behind a session. Every handler asks the
 * services, which check the account's role in the class first (class-access
 * roleIn); what the rules refuse comes back as `{error}` with its status.
 */
import { Hono, type Context } from 'hono';
import { CreateAssignmentSchema, SubmitAttemptSchema } from '../../lib/core/classes/protocol';
import { assignmentBank } from '../services/assignment-bank';
import { assignmentResults, teacherResults } from '../services/assignment-results';
import { classAssignments, createAssignment, deleteAssignment, studentAssignments } from '../services/assignments';
import { myAttempts, submitAttempt } from '../services/attempts';
import { Refusal } from '../services/refusal';
import { teacherResultsCsv } from '../services/results-csv';
import { requireAccount } from './auth';
import { parseBody } from './body';
import type { ServerEnv } from './env';

export const assignmentRoutes = new Hono<ServerEnv>();

assignmentRoutes.use('/classes/:classId/assignments', requireAccount);
assignmentRoutes.use('/assignments', requireAccount);
assignmentRoutes.use('/assignments/*', requireAccount);

/** Runs a handler, answering a refusal with its status and sentence. */
async function refusing(c: Context<ServerEnv>, handler: () => Promise<Response>): Promise<Response> {
	try {
		return await handler();
	} catch (error) {
		if (error instanceof Refusal) return c.json({ error: error.message }, error.status);
		throw error;
	}
}

assignmentRoutes.post('/classes/:classId/assignments', (c) =>
	refusing(c, async () => {
		const parsed = await parseBody(c, CreateAssignmentSchema);
		if (!parsed.ok) return parsed.response;
		return c.json(await createAssignment(c.get('db'), c.req.param('classId'), c.get('accountId'), parsed.value, c.get('now')()), 201);
	})
);

assignmentRoutes.get('/classes/:classId/assignments', (c) =>
	refusing(c, async () => c.json(await classAssignments(c.get('db'), c.req.param('classId'), c.get('accountId'), c.get('now')())))
);

assignmentRoutes.get('/assignments', async (c) => c.json(await studentAssignments(c.get('db'), c.get('accountId'), c.get('now')())));

assignmentRoutes.get('/assignments/:id/bank', (c) =>
	refusing(c, async () => c.json(await assignmentBank(c.get('db'), c.req.param('id'), c.get('accountId'), c.get('now')())))
);

assignmentRoutes.post('/assignments/:id/attempts', (c) =>
	refusing(c, async () => {
		const parsed = await parseBody(c, SubmitAttemptSchema);
		if (!parsed.ok) return parsed.response;
		const { graded, created } = await submitAttempt(c.get('db'), c.req.param('id'), c.get('accountId'), parsed.value, c.get('now')());
		return c.json(graded, created ? 201 : 200);
	})
);

assignmentRoutes.get('/assignments/:id/attempts/mine', (c) =>
	refusing(c, async () => c.json(await myAttempts(c.get('db'), c.req.param('id'), c.get('accountId'))))
);

assignmentRoutes.delete('/assignments/:id', (c) =>
	refusing(c, async () => {
		await deleteAssignment(c.get('db'), c.req.param('id'), c.get('accountId'));
		return c.body(null, 204);
	})
);

assignmentRoutes.get('/assignments/:id/results', (c) =>
	refusing(c, async () => c.json(await assignmentResults(c.get('db'), c.req.param('id'), c.get('accountId'))))
);

assignmentRoutes.get('/assignments/:id/results.csv', (c) =>
	refusing(c, async () => {
		const csv = teacherResultsCsv(await teacherResults(c.get('db'), c.req.param('id'), c.get('accountId')));
		return c.body(csv, 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="results.csv"' });
	})
);
