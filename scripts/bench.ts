/**
 * `npm run bench`: page weight, Lighthouse, and build time against a bare
 * Astro baseline, written to BENCHMARKS.md. Same machine, same run, ratios
 * rather than absolute times, with min/median/max to show the noise.
 *
 * Options: --sizes 1,100,1000  --runs 3  --large-runs N (runs for sizes over 1,000; default --runs)
 *          --no-lighthouse  --out BENCHMARKS.md
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BUDGETS, budgetFailures, measurePage, type PageWeight } from './lib/pageWeight.ts';
import { editOneClaim, writeSyntheticContent } from './lib/syntheticContent.ts';
import { REPLACED_SITES, replacedSitesDeleted } from './lib/replacedSites.ts';
import { BUILD_CACHE } from '../src/lib/buildCache.ts';
import { DRAWING_AT_ONCE, drawAll, renderSocialImage, socialImageLayout } from '../src/lib/formats/socialImage.ts';
import { VERDICT_IDS } from '../src/lib/verdicts.ts';
import { serveSite } from './lib/serveSite.ts';
import { buildEnv } from './lib/buildEnv.ts';
import { findChromium } from './chromium-path.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1,100,1000' },
    runs: { type: 'string', default: '3' },
    'large-runs': { type: 'string' },
    'no-lighthouse': { type: 'boolean', default: false },
    out: { type: 'string', default: 'BENCHMARKS.md' },
  },
});
const SIZES = values.sizes.split(',').map(Number);
const RUNS = Number(values.runs);
/** Runs at sizes over 1,000 articles, where one cold build takes minutes. */
const LARGE_RUNS = Number(values['large-runs'] ?? values.runs);
const runsAt = (size: number) => (size > 1000 ? LARGE_RUNS : RUNS);
const ARTICLE = 'articles/china-reaction-to-openai-sora/';
const CLAIM_PAGE = `${ARTICLE}claims/gpt-4-upcoming/`;
const ASTRO_BIN = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
const LIGHTHOUSE_RUNS = 3;

const env = buildEnv();

/** Resident memory (kB) of a process and all its descendants, from /proc (Linux). */
async function treeRssKb(root: number): Promise<number> {
  const pids = (await readdir('/proc').catch(() => [])).filter((name) => /^\d+$/.test(name));
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  await Promise.all(
    pids.map(async (pid) => {
      const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
      parent.set(Number(pid), Number(/PPid:\s+(\d+)/.exec(status)?.[1] ?? 0));
      rss.set(Number(pid), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
    }),
  );
  const inTree = (pid: number): boolean => pid === root || (pid > 1 && inTree(parent.get(pid) ?? 0));
  return [...rss].filter(([pid]) => inTree(pid)).reduce((sum, [, kb]) => sum + kb, 0);
}

/** Runs a Node script; returns wall time and peak resident memory of its process tree (sampled, Linux). */
function timed(args: string[], cwd: string): Promise<{ seconds: number; peakMiB: number }> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let peak = 0;
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    // The build may run in a child of the command (scripts/build.mjs spawns astro): sum the tree.
    const poll = setInterval(async () => {
      peak = Math.max(peak, await treeRssKb(child.pid!));
    }, 100);
    child.on('exit', (code) => {
      clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (code !== 0) reject(new Error(`${args.join(' ')} failed (${code}):\n${stderr.slice(-2000)}`));
      else resolve({ seconds, peakMiB: peak / 1024 });
    });
  });
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0]!, median: s[Math.floor(s.length / 2)]!, max: s.at(-1)! };
};
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const fmt = (x: number, digits = 2) => x.toFixed(digits);

/** A copy of this project whose content is N synthetic articles. */
async function projectCopy(articles: number): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), `bench-project-${articles}-`));
  for (const item of ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    await cp(path.join(ROOT, item), path.join(root, item), { recursive: true });
  }
  await symlink(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  await writeSyntheticContent(root, articles);
  return root;
}

/** The baseline: the same Astro, Markdown processor and MDX bodies, compiled by @astrojs/mdx (Astro's own way), with a bare layout and no schema, cards or checks. */
async function baselineCopy(articles: number): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), `bench-baseline-${articles}-`));
  await symlink(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  await writeSyntheticContent(root, articles);
  const files: Record<string, string> = {
    'package.json': '{ "type": "module" }\n',
    'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
export default defineConfig({
  build: { format: 'directory' },
  cacheDir: '${BUILD_CACHE.astro}',
  markdown: { processor: unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfm] }), syntaxHighlight: false },
  integrations: [mdx()],
});
`,
    'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { articles: defineCollection({ loader: glob({ base: './content/articles', pattern: '**/*.mdx' }) }) };
`,
    'src/components/Bare.astro': '<span><slot /></span>\n',
    'src/pages/articles/[slug].astro': `---
import { getCollection, render } from 'astro:content';
import Bare from '../../components/Bare.astro';
export async function getStaticPaths() {
  return (await getCollection('articles')).map((article) => ({ params: { slug: article.id }, props: { article } }));
}
const { Content } = await render(Astro.props.article);
---
<html lang="en"><head><meta charset="utf-8"><title>{Astro.props.article.data.title}</title></head>
<body><h1>{Astro.props.article.data.title}</h1><Content components={{ Claim: Bare, Person: Bare, Company: Bare }} /></body></html>
`,
  };
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  return root;
}

async function buildScaling() {
  const rows: string[] = [];
  const incremental: string[] = [];
  let validation: ReturnType<typeof stats> | undefined;
  let previousPerArticle: number | undefined;
  for (const size of SIZES) {
    const [project, baseline] = [await projectCopy(size), await baselineCopy(size)];
    const times = { project: [] as number[], baseline: [] as number[] };
    const peaks = { project: 0, baseline: 0 };
    for (let run = 0; run < runsAt(size); run++) {
      // Alternate the order so drift on the machine hits both sides alike.
      for (const side of run % 2 === 0 ? (['baseline', 'project'] as const) : (['project', 'baseline'] as const)) {
        const root = side === 'project' ? project : baseline;
        // Cold builds: no output, content store, incremental cache or social images from an earlier run.
        for (const dir of ['dist', '.astro', BUILD_CACHE.root]) await rm(path.join(root, dir), { recursive: true, force: true });
        const args = side === 'project' ? ['scripts/build.mjs'] : [ASTRO_BIN, 'build'];
        const result = await timed(args, root);
        times[side].push(result.seconds);
        peaks[side] = Math.max(peaks[side], result.peakMiB);
        process.stdout.write(`  ${side} ${size} articles, run ${run + 1}: ${fmt(result.seconds)} s, ${fmt(result.peakMiB, 0)} MiB\n`);
      }
    }
    const p = stats(times.project);
    const b = stats(times.baseline);
    // Incremental: the last cold build left its cache; an editor changes one claim and publishes again.
    await editOneClaim(project);
    const edit = await timed(['scripts/build.mjs'], project);
    process.stdout.write(`  project ${size} articles, one claim edited: ${fmt(edit.seconds)} s\n`);
    // The replaced site is deleted once the build has ended, by a process of its own: not timed, but
    // nothing else is timed while it runs.
    if (!(await replacedSitesDeleted(project))) throw new Error(`The replaced site in ${path.join(project, REPLACED_SITES)} was not deleted within 2 minutes.`);
    incremental.push(`| ${size} | ${fmt(edit.seconds)} | ${fmt(b.median)} | **${fmt(edit.seconds / b.median)}×** | ${fmt(edit.peakMiB, 0)} |`);
    if (size === Math.max(...SIZES)) {
      const checks: number[] = [];
      for (let run = 0; run < runsAt(size); run++) checks.push((await timed(['scripts/check-content.ts'], project)).seconds);
      validation = stats(checks);
    }
    const ratios = times.project.map((t, i) => t / times.baseline[i]!);
    const r = stats(ratios);
    const perArticle = (p.median * 1000) / size;
    const trend = previousPerArticle === undefined ? '—' : perArticle <= previousPerArticle * 1.05 ? 'flat or falling' : 'rising';
    previousPerArticle = perArticle;
    rows.push(
      `| ${size} | ${runsAt(size)} | ${fmt(p.median)} (${fmt(p.min)}–${fmt(p.max)}) | ${fmt(b.median)} (${fmt(b.min)}–${fmt(b.max)}) | **${fmt(r.median)}×** (${fmt(r.min)}–${fmt(r.max)}) | ${fmt(perArticle, 1)} | ${trend} | ${fmt(peaks.project, 0)} / ${fmt(peaks.baseline, 0)} (${fmt(peaks.project / peaks.baseline)}×) |`,
    );
    await rm(project, { recursive: true, force: true });
    await rm(baseline, { recursive: true, force: true });
  }
  return { rows, incremental, validation };
}

/**
 * Social images drawn without the cache, as a cold build draws them: distinct claims, every verdict,
 * half of them by a speaker with a Chinese name, as many at once as the build draws them (drawAll).
 * Milliseconds of wall time per image, median of `rounds` rounds, timed before the scaling builds while the
 * machine is quiet (deleting a 5,000-article build's files keeps the disk busy for a while after).
 */
async function socialImageTiming(count = 500, rounds = 3) {
  // As the views name them: a person, or the outlet for the article's own statements.
  const speakers = [{ name: 'Zhou Hongyi', nativeName: { text: '周鸿祎', lang: 'zh-Hans' } }, { name: 'example.news' }];
  const layouts = Array.from({ length: count }, (_, i) =>
    socialImageLayout({
      claim: `Claim ${i} of a benchmark article says something checkable about what happened, with a date.`,
      verdict: VERDICT_IDS[i % VERDICT_IDS.length]!,
      speaker: speakers[i % 2]!,
      site: 'Line by Line',
    }),
  );
  await renderSocialImage(layouts[0]!); // load fonts once, as the build does on its first image
  const times: number[] = [];
  const bytes: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    bytes.length = 0;
    bytes.push(...(await drawAll(layouts, renderSocialImage)).map((b) => b.length));
    times.push((performance.now() - start) / count);
  }
  return { msPerImage: stats(times), rounds, kb: bytes.reduce((a, b) => a + b, 0) / bytes.length / 1024 };
}

async function lighthouseScores(dist: string) {
  const chromePath = findChromium() as string | undefined;
  if (!chromePath) return { error: 'no Chromium found' };
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const site = await serveSite(dist);
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  // Each category: median (min–max) of LIGHTHOUSE_RUNS runs; one run on two busy cores moves by a few points.
  const scores: Record<string, Record<string, string>> = {};
  try {
    for (const page of [ARTICLE, CLAIM_PAGE]) {
      const runs: Record<string, number>[] = [];
      for (let run = 0; run < LIGHTHOUSE_RUNS; run++) {
        const result = await lighthouse(`${site.url}${page}`, { port: chrome.port, output: 'json', logLevel: 'error' });
        runs.push(Object.fromEntries(Object.entries(result!.lhr.categories).map(([key, c]) => [key, Math.round((c.score ?? 0) * 100)])));
      }
      scores[page] = Object.fromEntries(
        Object.keys(runs[0]!).map((key) => {
          const values = runs.map((r) => r[key]!).sort((a, b) => a - b);
          const median = values[Math.floor(values.length / 2)]!;
          return [key, values[0] === values.at(-1) ? `${median}` : `${median} (${values[0]}–${values.at(-1)})`];
        }),
      );
    }
  } finally {
    await chrome.kill();
    await site.close();
  }
  return { scores };
}

function weightTable(weights: PageWeight[]): string[] {
  const lines = ['| page | HTML | CSS | JS | fonts | images | HTML+CSS gzip | requests | third-party |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |'];
  for (const w of weights) {
    const cell = (k: keyof PageWeight['totals']) => `${kb(w.totals[k].raw)} / ${kb(w.totals[k].gzip)}`;
    lines.push(
      `| \`/${w.page}\` | ${cell('html')} | ${cell('css')} | ${cell('js')} | ${cell('font')} | ${cell('image')} | ${kb(w.totals.html.gzip + w.totals.css.gzip)} KB | ${w.resources.length} | ${w.remoteRequests} |`,
    );
  }
  return lines;
}

// ---- main ----
console.log('Building the site…');
const dist = path.join(ROOT, '.bench/site');
const siteBuild = await timed(['scripts/build.mjs', '--outDir', dist], ROOT);
const weights = [await measurePage(dist, ARTICLE), await measurePage(dist, CLAIM_PAGE)];
const failures = [...budgetFailures(weights[0]!, { isArticle: true }), ...budgetFailures(weights[1]!, { isArticle: false })];

let lighthouse: Awaited<ReturnType<typeof lighthouseScores>> | undefined;
if (!values['no-lighthouse']) {
  console.log('Running Lighthouse (mobile)…');
  lighthouse = await lighthouseScores(dist).catch((e: Error) => ({ error: e.message }));
}

console.log('Social images…');
const images = await socialImageTiming();
console.log(`Build scaling: sizes ${SIZES.join(', ')}, ${RUNS} runs each…`);
const scaling = await buildScaling();

const astroVersion = JSON.parse(await readFile(path.join(ROOT, 'node_modules/astro/package.json'), 'utf8')).version;
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const md = [
  '# Benchmarks',
  '',
  'Generated by `npm run bench` (scripts/bench.ts); do not edit by hand. Rerun it on one machine to compare: the build',
  'numbers are ratios against a bare Astro baseline built in the same run, so they carry across machines better than',
  'seconds do.',
  '',
  `- Date: ${new Date().toISOString().slice(0, 10)}`,
  `- Machine: ${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}`,
  `- Node ${process.versions.node}, Astro ${astroVersion}`,
  `- Command: \`npm run bench -- --sizes ${SIZES.join(',')} --runs ${RUNS}${values['large-runs'] ? ` --large-runs ${LARGE_RUNS}` : ''}${values['no-lighthouse'] ? ' --no-lighthouse' : ''}\``,
  '',
  '## Page weight (first visit, KB raw / gzip)',
  '',
  ...weightTable(weights),
  '',
  `Budgets (also checked in CI by tests/build/budgets.test.ts): JavaScript required to read ${BUDGETS.requiredJsGzip} B; all JavaScript ≤ ${kb(BUDGETS.allJsGzip)} KB gzip;`,
  `article HTML + CSS ≤ ${kb(BUDGETS.articleHtmlCssGzip)} KB gzip; ${BUDGETS.remoteRequests} third-party requests; ${BUDGETS.webFonts} web fonts and ${BUDGETS.unsizedImages} unsized images (nothing that can shift the layout).`,
  '',
  failures.length === 0 ? '**All budgets met.**' : `**Over budget:**\n${failures.map((f) => `- ${f}`).join('\n')}`,
  '',
  '## Lighthouse (mobile preset, Debian Chromium, served from 127.0.0.1)',
  '',
  ...(lighthouse && 'scores' in lighthouse && lighthouse.scores
    ? [
        `Median (min–max) of ${LIGHTHOUSE_RUNS} runs.`,
        '',
        '| page | performance | accessibility | best practices | SEO |',
        '| --- | --- | --- | --- | --- |',
        ...Object.entries(lighthouse.scores).map(
          ([page, s]) => `| \`/${page}\` | ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} |`,
        ),
      ]
    : [lighthouse ? `Not run: ${'error' in lighthouse ? lighthouse.error : 'unknown'}` : 'Not run (--no-lighthouse).']),
  '',
  '## Build time against a bare Astro baseline',
  '',
  'Synthetic valid content (scripts/lib/syntheticContent.ts): each article has 6 paragraphs, 5 reviewed claims and',
  'mentions of a shared pool of 20 people and 10 companies. The project builds every article page, a page and a',
  '1200×630 social image per claim, people, companies, the table of claims, feeds, the sitemap and the search index,',
  'after the content check. The baseline is the same Astro version and Markdown processor building the same MDX bodies',
  'the way Astro does by default (each compiled by @astrojs/mdx into a module Vite bundles; the project renders them from',
  'their syntax tree instead) with a bare layout: one page per article, no schema, no cards, no check.',
  `Seconds are wall time of the whole build command, median (min–max) of the runs shown, alternating order; peak memory is the resident memory of the build’s process tree, sampled every 100 ms.`,
  '',
  '| articles | runs | project s | baseline s | ratio | project ms / article | cost per article | peak MiB project / baseline |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...scaling.rows,
  '',
  '### Incremental: one claim edited, then `npm run build` again',
  '',
  'After the last cold build of each size, one claim’s summary is edited and the site rebuilt. Astro’s incremental build',
  '(`experimental.incrementalBuild`, a `cacheKey` on every page) copies every page whose data and code are unchanged; the',
  'content check, the bundling, the listings, the list of social images (each claim’s picture hashed, only new ones',
  'drawn, all linked from their cache) and the search index run in full. Timed until the new site is in `dist/`: the',
  'replaced one is deleted afterwards by a process of its own, and the bench waits for that before timing anything else.',
  'Compared with the baseline’s cold median.',
  '',
  '| articles | rebuild s | baseline cold s | ratio | peak MiB |',
  '| --- | --- | --- | --- | --- |',
  ...scaling.incremental,
  '',
  '### Social images',
  '',
  `Shapes drawn once per verdict by sharp; text shaped by fontkit in Noto Sans, Noto Sans Symbols 2 and Noto Sans SC/TC from npm (no system font), each glyph rasterised once and blended; encoded as an indexed PNG (zlib, run-length); uncached, ${DRAWING_AT_ONCE} at a time on one thread as the build draws them (a build draws them on a thread of its own while pages render): **${fmt(images.msPerImage.median)} ms per image** (${fmt(images.msPerImage.min)}–${fmt(images.msPerImage.max)}; wall time over 500 distinct claims, half of them with a speaker’s name in Chinese, median of ${images.rounds} rounds, timed before the scaling builds), ${fmt(images.kb, 0)} KB each. A build draws only images not drawn before, found by the hash of their layout and of how they are drawn (the drawing code, sharp’s, fontkit’s and zlib’s versions, the fonts’ versions), and links each into the site from that cache (a hard link: no bytes copied).`,
  '',
  scaling.validation
    ? `Content check alone (\`npm run check:content\`, reusing the per-file results the build kept) at ${Math.max(...SIZES)} articles: ${fmt(scaling.validation.median)} s median (${fmt(scaling.validation.min)}–${fmt(scaling.validation.max)}).`
    : '',
  '',
  `The real site itself built in ${fmt(siteBuild.seconds)} s (peak ${fmt(siteBuild.peakMiB, 0)} MiB).`,
  '',
];
await writeFile(path.resolve(ROOT, values.out), md.join('\n'));
console.log(`Wrote ${values.out}`);
if (failures.length) {
  console.error(failures.join('\n'));
  process.exitCode = 1;
}
