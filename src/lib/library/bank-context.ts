/** The bank pages (`/banks/[id]/…`) share one loaded bank through context. */
import { createContext } from 'svelte';
import type { BankLoader } from './bank-loader.svelte';

export const [getBankLoader, setBankLoader] = createContext<BankLoader>();
