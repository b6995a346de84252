/**
 * Builds the site twice before the tests run: once for a domain root and once
 * for a sub-path deploy, each into its own folder under .test-output/.
 * Tests read the paths with `inject('siteDirs')`.
 */
import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildEnv } from '../../scripts/lib/buildEnv.ts';

export const SUB_PATH = '/news/';
export const SITE_URL = 'https://factcheck.example';

function build(outDir: string, env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['scripts/build.mjs', '--outDir', outDir], { encoding: 'utf8', env: buildEnv(env) });
  if (result.status !== 0) throw new Error(`Build for tests failed:\n${result.stdout}\n${result.stderr}`);
}

export default async function setup(project: TestProject) {
  const root = path.resolve('.test-output');
  await rm(root, { recursive: true, force: true });
  const dirs = { root: path.join(root, 'root'), sub: path.join(root, 'sub') };
  build(dirs.root, { SITE_URL, BASE_PATH: '/' });
  build(dirs.sub, { SITE_URL, BASE_PATH: SUB_PATH });
  project.provide('siteDirs', dirs);
  project.provide('siteUrl', SITE_URL);
  project.provide('subPath', SUB_PATH);
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDirs: { root: string; sub: string };
    siteUrl: string;
    subPath: string;
  }
}
