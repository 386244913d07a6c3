import { Hono } from 'hono';
import type { ServerEnv } from './env';

export const syncRoutes = new Hono<ServerEnv>();
