// Shared by the wasm tests: where things are, how to load the module in Node, a synthetic article.
import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WASM_DIR = path.join(ROOT, 'dist/wasm');
export const NATIVE_CLI = path.join(ROOT, 'build/whosaid');
export const SHARED = path.resolve(ROOT, '../shared');
export const SEED_ARTICLE = path.join(SHARED, 'corpus/seed-article.txt');
export const DEV_CORPUS = path.join(SHARED, 'corpus/polnear-dev.jsonl');
export const SHARED_MISSING = existsSync(DEV_CORPUS) && existsSync(SEED_ARTICLE) ? false
  : `../shared/corpus is absent (looked in ${SHARED}): no corpus to compare on`;

// Loads dist/wasm/whosaid.mjs the way Node must: with the .wasm bytes passed in.
export async function loadWhosaid() {
  const modulePath = path.join(WASM_DIR, 'whosaid.mjs');
  if (!existsSync(modulePath))
    throw new Error(`${modulePath} is missing: run ./scripts/build.sh (or ./scripts/build-wasm.sh) first`);
  const {default: createWhosaid} = await import(modulePath);
  return createWhosaid({wasmBinary: await readFile(path.join(WASM_DIR, 'whosaid-engine.wasm'))});
}

// A made-up article of about `bytes` UTF-8 bytes with direct, partial and reported speech, curly and
// straight quotes, accents and emoji (two UTF-16 units each), so offsets are exercised off ASCII.
export function syntheticArticle(bytes = 10_000) {
  const paragraphs = [
    '“We are very close to a deal,” President Ana Müller said on Tuesday, adding that talks would go on. 🎉',
    'The minister, José Pérez, told reporters the plan was "dead on arrival" and would never pass.',
    'According to the agency, the figures were revised twice before publication.',
    '“I don’t think so,” he said. “Not this week, not next week.”',
    'Critics called the proposal a “gift to lobbyists” 👀 while supporters said it was overdue.',
  ];
  let text = '';
  for (let i = 0; Buffer.byteLength(text) < bytes; i++) text += paragraphs[i % paragraphs.length] + '\n\n';
  return text;
}
