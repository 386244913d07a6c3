/**
 * Persistent storage is requested once the learner has something to lose:
 * after the first answer, not on first load (browsers judge the request by
 * engagement, and an unprompted ask on arrival is often refused).
 */
import { requestPersistence } from '$lib/storage/persist';
import { getFlag, setFlag } from '$lib/storage/settings';

const FLAG = 'persistRequested';

/** Asks the browser for persistent storage the first time it is called on this device. */
export async function askPersistenceOnce(): Promise<void> {
	if (await getFlag(FLAG)) return;
	await setFlag(FLAG, true);
	await requestPersistence();
}
