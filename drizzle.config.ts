import { defineConfig } from 'drizzle-kit';

// `npx drizzle-kit generate` writes a new SQL migration from src/server/db/schema.ts;
// the server runs every migration it has not yet run when it starts.
export default defineConfig({
	dialect: 'postgresql',
	schema: './src/server/db/schema.ts',
	out: './src/server/db/migrations'
});
