/**
 * A throwaway copy of the project (sources and content; node_modules linked)
 * for tests that must build something other than the real content.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from './content.ts';
import { buildEnv } from '../../scripts/lib/buildEnv.ts';

const COPIED = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export async function copyProject(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'site-'));
  for (const item of COPIED) await cp(path.join(PROJECT_ROOT, item), path.join(root, item), { recursive: true });
  await symlink(path.join(PROJECT_ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return root;
}

/** Runs a project script (`scripts/build.mjs`, `scripts/check-content.ts`) in `root` with Node 24. */
export function runScript(root: string, script: string, args: string[] = [], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [path.join(root, script), ...args], { cwd: root, encoding: 'utf8', env: buildEnv(env) });
}
