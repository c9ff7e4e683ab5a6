// Builds the installable extension from extension/ and the engine in dist/wasm/:
//
//   dist/extension/            load unpacked (Chromium) or as a temporary add-on (Firefox); one manifest
//   dist/whosaid-firefox.zip   that folder, zipped, as-is
//   dist/whosaid-chromium.zip  the same files; its manifest drops the keys only Firefox reads
//                              (background.scripts, browser_specific_settings), which Chromium would
//                              list as warnings
//
// The engine (dist/wasm/whosaid.mjs and its .wasm) is copied to dist/extension/wasm/, where
// background.js imports it. extension/tools/ (this script, the icon renderer) is not shipped, nor are the
// icon's SVG source and the README. Run from anywhere: node extension/tools/build.mjs (scripts/build.sh does).
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const src = join(repo, 'extension');
const wasm = process.env.WHOSAID_WASM_DIR || join(repo, 'dist', 'wasm'); // override: a wasm build elsewhere
const out = join(repo, 'dist', 'extension');
const SKIP = new Set(['tools', 'icon.svg', 'README.md', '.DS_Store']);

if (!existsSync(join(wasm, 'whosaid.mjs'))) {
  console.error(`extension build: ${relative(repo, wasm)}/whosaid.mjs is missing; build the wasm module first`);
  process.exit(1);
}

rmSync(out, { recursive: true, force: true });
cpSync(src, out, { recursive: true, filter: (p) => !SKIP.has(p.split(/[\\/]/).pop()) });
mkdirSync(join(out, 'wasm'), { recursive: true });
for (const f of readdirSync(wasm)) {
  if (/\.(mjs|js|wasm)$/.test(f)) cpSync(join(wasm, f), join(out, 'wasm', f));
}

function zip(target, dir) {
  rmSync(target, { force: true });
  // -X: no extra file attributes, -D: no directory entries, so the archive only depends on the files.
  execFileSync('zip', ['-q', '-r', '-X', '-D', target, '.'], { cwd: dir });
}

zip(join(repo, 'dist', 'whosaid-firefox.zip'), out);

const chromeDir = join(repo, 'dist', '.extension-chromium');
rmSync(chromeDir, { recursive: true, force: true });
cpSync(out, chromeDir, { recursive: true });
const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
delete manifest.browser_specific_settings;
delete manifest.background.scripts;
writeFileSync(join(chromeDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
zip(join(repo, 'dist', 'whosaid-chromium.zip'), chromeDir);
rmSync(chromeDir, { recursive: true, force: true });

console.log(`extension: ${relative(repo, out)}/, dist/whosaid-chromium.zip, dist/whosaid-firefox.zip`);
