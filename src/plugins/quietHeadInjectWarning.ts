import type { Plugin } from 'vite';

/**
 * Vite plugin: drops Rolldown's MODULE_LEVEL_DIRECTIVE warning for Astro's
 * `"use astro:head-inject"` directive, printed once per page on every build. Astro starts each
 * content module that propagates head content with that directive and tracks the propagation
 * by module id, not by the directive, so Rolldown dropping it while bundling changes nothing
 * (withastro/astro#18087, open). Every other log, this code's included, passes through.
 */
export function quietHeadInjectWarning(): Plugin {
  return {
    name: 'train-or-tune:quiet-head-inject-warning',
    onLog(_level, log) {
      if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use astro:head-inject')) return false;
      return undefined;
    },
  };
}
