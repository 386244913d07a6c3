import { Hono } from 'hono';
import type { ServerEnv } from './env';

export function staticApp(dir: string): Hono<ServerEnv> {
	void dir;
	return new Hono<ServerEnv>();
}
