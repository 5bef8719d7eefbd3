/**
 * The cost library's one import path (`~/lib`): re-exports only, no code of its own.
 */
export * from './sources';
export * from './accelerators';
export * from './units';
export * from './training';
export * from './utilisation';
export * from './quantity/kinds';
export * from './quantity/format';
export * from './quantity/parse';
