/** Served by scripts/shipped-banks-plugin.ts: the banks under questions/, by file name. */
declare module 'virtual:shipped-banks' {
	/** A shipped bank's built URL, and the content hash of the bank it holds (see core/bank/hash.ts). */
	const banks: { url: string; hash: string }[];
	export default banks;
}
