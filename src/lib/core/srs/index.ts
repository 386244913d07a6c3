/** Scheduling in one import: types, the FSRS adapter, the queue, study days and format choice. */
export * from './types';
export * from './scheduler';
export * from './interval';
export * from './queue';
export * from './day';
export * from './format-choice';
export * from './rng';
