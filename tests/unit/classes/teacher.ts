/**
 * The teacher's side of the class tests: the real server app over PGlite in
 * memory (the sync tests' test server), people signing up on their own
 * devices, a student joining with the class's code, and a small bank.
 */
import type { Bank } from '$lib/core/bank/schema';
import type { ClassSummary } from '$lib/core/classes/protocol';
import { ClassesApi } from '$lib/classes/api';
import { ServerApi } from '$lib/sync/api';
import { expect } from 'vitest';
import { SERVER, type TestServer } from '../sync/server';

export const PASSWORD = 'correct horse battery';

/** A teacher signed up on a device of their own; resolves with the classes API of that device. */
export async function teacher(server: TestServer, login: string): Promise<ClassesApi> {
	const api = new ServerApi(SERVER, server.device().fetch);
	expect((await api.createAccount({ login, password: PASSWORD })).ok).toBe(true);
	return new ClassesApi(api);
}

/** A pupil without an account makes one on the join page with the class's code; resolves with their device's API and the login made. */
export async function studentJoins(server: TestServer, summary: ClassSummary, displayName: string): Promise<{ api: ServerApi; login: string }> {
	const api = new ServerApi(SERVER, server.device().fetch);
	const joined = await api.send<{ login: string }>('POST', `/join/${summary.joinCode}/student`, { displayName, password: PASSWORD });
	if (!joined.ok) throw new Error(joined.message);
	return { api, login: joined.value.login };
}

/** A bank of four facts: a typed, a multiple choice and a true/false question a test marks, and a flashcard it leaves out. */
export function geographyBank(): Bank {
	return {
		format: 'factdeck.bank',
		version: 1,
		id: 'geo-7b',
		title: 'Rivers and capitals',
		questions: [
			{ id: 'g1', fact: 'Lima is the capital of Peru.', type: 'short', prompt: 'Capital of Peru?', answer: 'Lima' },
			{
				id: 'g2',
				fact: 'The Danube ends in the Black Sea.',
				type: 'mcq',
				prompt: 'Where does the Danube end?',
				answer: 'Black Sea',
				choices: ['Black Sea', 'North Sea', 'Baltic Sea']
			},
			{ id: 'g3', fact: 'Canberra is the capital of Australia.', type: 'truefalse', prompt: 'Sydney is the capital of Australia.', answer: false },
			{ id: 'g4', fact: 'A delta is where a river splits before the sea.', type: 'flashcard', prompt: 'Delta', answer: 'Where a river splits before the sea' }
		]
	};
}
