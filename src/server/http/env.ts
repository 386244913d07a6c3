/** What every request handler can read from the context. */
import type { Db } from '../db/open';

export interface ServerEnv {
	Variables: {
		db: Db;
		/** The clock, so tests can fix it. */
		now: () => Date;
		/** Set by requireAccount: the signed-in account. */
		accountId: string;
		/** The client's address, for rate limits. */
		clientIp: string;
	};
}
