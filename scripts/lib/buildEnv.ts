/**
 * The environment of a plain `npm run build`, for builds started from Vitest or
 * the benchmark. Vitest puts BASE_URL, MODE, DEV, PROD and SSR into process.env,
 * and Astro lets them override its own import.meta.env (BASE_URL=/ silently
 * broke the sub-path build).
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(key) || key.startsWith('VITEST')) delete env[key];
  }
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}
