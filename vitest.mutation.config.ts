/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { unitProject } from './vitest.config';

/** The unit project alone, for StrykerJS (`stryker.config.mjs`): each mutant reruns only these. */
export default getViteConfig({ test: { projects: [unitProject] } });
