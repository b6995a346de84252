/**
 * CI's dependency audit: fails on a high or critical advisory in production
 * dependencies. Some registry mirrors do not serve the advisory endpoint; then
 * it says so plainly and does not pretend the audit passed.
 */
import { spawnSync } from 'node:child_process';

const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(result.stdout);
} catch {
  report = undefined;
}
const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  const reason = (result.stderr || result.stdout || '').split('\n').find((l) => l.trim()) ?? 'no answer';
  console.log(`npm audit: NOT RUN — the registry's advisory endpoint did not answer (${reason.trim().replace(/https?:\/\/\S+/g, '<registry>')}).`);
  process.exit(0);
}
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(`npm audit (production dependencies): ${JSON.stringify(counts)}`);
if (serious > 0) {
  console.error(`npm audit: ${serious} high or critical vulnerabilities in production dependencies.`);
  process.exit(1);
}
