/**
 * Runs before `npm test`: finds a Chromium for the browser tests. Playwright
 * cannot download its own browser here, so we use Debian's. When none is
 * installed and we are root, it installs Debian's `chromium` with apt; otherwise
 * it stops with one line saying what to do.
 *
 * Prints the path it found; tests read it from CHROMIUM_PATH or find it again.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { findChromium } from './chromium-path.mjs';

let found = findChromium();
if (!found) {
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    console.error('Chromium not found: run `sudo apt-get install -y chromium` (or set CHROMIUM_PATH to a Chromium/Chrome binary), then `npm test` again.');
    process.exit(1);
  }
  console.log('Chromium not found: installing Debian’s chromium package with apt-get (one time)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env });
  found = findChromium();
  if (!found) {
    console.error('Chromium is still missing after apt-get install: install it by hand, or set CHROMIUM_PATH.');
    process.exit(1);
  }
}
console.log(`Browser tests use ${found}`);
