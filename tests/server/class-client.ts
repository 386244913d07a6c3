/**
 * Classes in tests: a teacher's device with a new class, and students joining
 * it, each on its own device and client address.
 */
import { expect } from 'vitest';
import type { ClassSummary } from '../../src/lib/core/classes/protocol';
import type { Db } from '../../src/server/db/open';
import { appFrom, Device } from './account-client';

/** A signed-up account on its own device and address. */
export function account(db: Db, login: string): Promise<Device> {
	return new Device(appFrom(db)).signUp(login);
}

/** A new account that makes a class: its device and the class as it sees it. */
export async function teacherWithClass(db: Db, login: string, name = `${login}'s class`): Promise<{ teacher: Device; summary: ClassSummary }> {
	const teacher = await account(db, login);
	const response = await teacher.call('POST', '/api/classes', { name });
	expect(response.status).toBe(201);
	return { teacher, summary: await response.json() };
}

/** A new account that joins the class by its code. */
export async function studentOf(db: Db, login: string, code: string): Promise<Device> {
	const student = await account(db, login);
	const joined = await student.call('POST', `/api/join/${code}`);
	expect(joined.status).toBe(200);
	return student;
}

/** The response's JSON body. */
export const json = (response: Response) => response.json() as Promise<any>;
