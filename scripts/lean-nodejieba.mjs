#!/usr/bin/env node
/**
 * Rebuilds nodejieba's native addon so that it holds the dictionary once, not twice.
 *
 * nodejieba 3.5.8's `load()` builds the tagger (`cppjieba::Jieba`) and then a TextRank keyword
 * extractor from the same paths; the extractor parses the whole dictionary into a trie of its
 * own. artext never extracts keywords, yet every process and batch worker that tags text pays
 * for that second trie: measured here, 224 → 114 MB of RSS and 615 → 315 ms of load time once
 * the extractor shares the tagger's trie (cppjieba has the constructor for it). Tagging output
 * is unchanged; this script checks that before it swaps the binary in.
 *
 * Why not patch-package: it rewrites the installed package in place, and if the rebuild then
 * failed (a machine that got a prebuilt binary and has no compiler) nodejieba would be left
 * with no binary at all. Here the patched copy is built beside it, compared with the stock
 * binary on a sample text, and swapped in by rename only when everything passed. Anything
 * else leaves the stock build, which works the same, with a one-line notice.
 *
 * Runs from `prepare` (npm install / npm ci in this repository). Idempotent: a second run
 * sees the marker written next to the binary and does nothing.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The constructor call as nodejieba 3.x writes it: the extractor loads its own dictionary. */
const STOCK = /::TextRankExtractor\(dictPath,\s*modelPath,\s*stopWordsPath,\s*userDictPath\);/;
/** The same extractor over the tagger's dictionary and HMM model. */
const LEAN = '::TextRankExtractor(*_jieba_handle, stopWordsPath);';
export const MARKER = 'artext-lean.json';

/** The lean source, or null when the source is not the one this patch knows. */
export function leanSource(source) {
  const matches = source.match(new RegExp(STOCK.source, 'g')) ?? [];
  if (matches.length !== 1) return null;
  return source.replace(STOCK, LEAN);
}

const sha256 = (path) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** The installed addon's binary and the marker this script writes beside it. */
function installed() {
  const pkgDir = dirname(createRequire(import.meta.url).resolve('nodejieba/package.json'));
  const binary = join(pkgDir, 'build', 'Release', 'nodejieba.node');
  return { pkgDir, binary, marker: join(dirname(binary), MARKER) };
}

/**
 * `lean` when the installed addon is the one this script built (one copy of the dictionary),
 * `stock` otherwise: same tags, twice the load time and memory.
 */
export function installedBuild() {
  const { binary, marker } = installed();
  if (!existsSync(marker) || !existsSync(binary)) return 'stock';
  return JSON.parse(readFileSync(marker, 'utf8')).sha256 === sha256(binary) ? 'lean' : 'stock';
}

/** Text with the words artext's rules lean on: organizations, dates, counts, traditional script. */
const SAMPLE =
  '长沙市妇联维权服务中心11月29日上午在开福区召开会议，中华全国妇女联合会、联合国妇女署派人参加；' +
  '全市3万余场宣讲覆盖24万人次，热线12338全天开通。臺中榮民總醫院表示，將於下週五公布結果。';

/** Tags a sample with the raw addon at `binary`, in a child process; returns the JSON or null. */
function sampleTags(binary, dictDir, userDict) {
  const script = `
    const addon = require(${JSON.stringify(binary)});
    const d = ${JSON.stringify(dictDir)};
    addon.load(d + 'jieba.dict.utf8', d + 'hmm_model.utf8', ${JSON.stringify(userDict)},
      d + 'idf.utf8', d + 'stop_words.utf8');
    process.stdout.write(JSON.stringify(addon.tag(${JSON.stringify(SAMPLE)})));`;
  const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  return run.status === 0 ? run.stdout : null;
}

function main() {
  let paths;
  try {
    paths = installed();
  } catch {
    return notice('nodejieba is not installed; nothing to do');
  }
  const { pkgDir, binary, marker } = paths;
  const version = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;
  if (!existsSync(binary)) return notice(`nodejieba ${version} has no built binary; left as is`);
  if (installedBuild() === 'lean') return;
  const lean = leanSource(readFileSync(join(pkgDir, 'lib', 'nodejieba.cpp'), 'utf8'));
  if (lean === null)
    return notice(
      `nodejieba ${version}'s source is not the one this patch knows; stock build kept`,
    );

  // npm names its own node-gyp and passes it its settings (nodedir, proxies) in the environment.
  const gyp = process.env.npm_config_node_gyp;
  if (!gyp)
    return notice('run this through npm (npm run prepare), which gives node-gyp its settings');

  // Inside node_modules, so that binding.gyp's require('node-addon-api') resolves from the copy.
  const work = join(pkgDir, '..', '.artext-nodejieba-lean');
  rmSync(work, { recursive: true, force: true });
  try {
    mkdirSync(work, { recursive: true });
    for (const part of [
      'binding.gyp',
      'lib',
      'submodules/cppjieba/include',
      'submodules/cppjieba/deps/limonp/include',
    ]) {
      cpSync(join(pkgDir, part), join(work, part), { recursive: true });
    }
    writeFileSync(join(work, 'lib', 'nodejieba.cpp'), lean);
    const build = spawnSync(process.execPath, [gyp, 'rebuild'], { cwd: work, encoding: 'utf8' });
    if (build.status !== 0) {
      return notice(`could not build the lean nodejieba (${firstError(build)}); stock build kept`);
    }
    const built = join(work, 'build', 'Release', 'nodejieba.node');
    const dictDir = join(pkgDir, 'submodules', 'cppjieba', 'dict') + '/';
    const userDict = fileURLToPath(new URL('../dict/user.dict.utf8', import.meta.url));
    const stock = sampleTags(binary, dictDir, userDict);
    const patched = sampleTags(built, dictDir, userDict);
    if (stock === null || patched !== stock) {
      return notice('the lean nodejieba tags differently from the stock one; stock build kept');
    }
    const next = `${binary}.artext-tmp`;
    cpSync(built, next);
    renameSync(next, binary);
    writeFileSync(
      marker,
      `${JSON.stringify({ nodejieba: version, patch: LEAN, sha256: sha256(binary) })}\n`,
    );
    process.stderr.write(`artext: nodejieba ${version} rebuilt to load its dictionary once\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The first line of a failed build that says what went wrong. */
function firstError(run) {
  if (run.error) return run.error.message;
  const lines = `${run.stderr}\n${run.stdout}`.split('\n');
  const cause =
    lines.find((line) => /\bError:/.test(line)) ?? lines.find((line) => /\berror\b/.test(line));
  return (cause ?? lines.findLast((line) => line.trim() !== '') ?? `exit ${run.status}`).trim();
}

function notice(text) {
  process.stderr.write(`artext: ${text}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
