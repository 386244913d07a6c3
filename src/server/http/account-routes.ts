import { Hono } from 'hono';
import type { ServerEnv } from './env';

export const accountRoutes = new Hono<ServerEnv>();
