/** The bank contract in one import: schema and types, validation, ids and hashes. */
export * from './schema';
export * from './validate';
export * from './ids';
export * from './hash';
