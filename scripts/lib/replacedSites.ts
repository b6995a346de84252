/**
 * A build replaces dist/ whole (scripts/build.mjs). Deleting the replaced site, thousands of files, takes
 * seconds the editor need not wait for: it is moved into REPLACED_SITES and deleted by a process of its own
 * after the build has ended. That process deletes everything there, so a deletion an earlier build did not
 * finish (the machine stopped) is finished by the next.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The folder, in the project, where replaced sites wait to be deleted (ignored by git). */
export const REPLACED_SITES = '.build-trash';

/** Starts deleting everything in the project's REPLACED_SITES, in a process that outlives this one. */
export function deleteReplacedSites(root: string): void {
  const removeAll = `const fs = require('node:fs'), path = require('node:path');
for (const name of fs.readdirSync(process.argv[1])) fs.rmSync(path.join(process.argv[1], name), { recursive: true, force: true, maxRetries: 3 });`;
  const child = spawn(process.execPath, ['-e', removeAll, path.join(root, REPLACED_SITES)], { detached: true, stdio: 'ignore' });
  // The site is published either way: a deletion that could not start is left to the next build.
  child.on('error', () => {});
  child.unref();
}

/** Whether the project's replaced sites are all deleted within `ms` (the bench and tests wait for it). */
export async function replacedSitesDeleted(root: string, ms = 120_000): Promise<boolean> {
  const dir = path.join(root, REPLACED_SITES);
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((resolve) => setTimeout(resolve, 100))) {
    if (!existsSync(dir) || readdirSync(dir).length === 0) return true;
  }
  return false;
}
