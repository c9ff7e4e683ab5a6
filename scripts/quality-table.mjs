// Prints the README's quality table: every EVAL.md figure on PolNeAR dev and train side by side, as
// scripts/eval.mjs computes it, plus the same figures when '' (two apostrophes) counts as a quotation
// mark in the gold and in the engine (eval.mjs --double-apostrophes; not EVAL.md). Run by
// scripts/quality-table.sh.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = path.join(ROOT, '..', 'shared', 'corpus');
const ROWS = [
  ['quote recall', 'quote_recall'],
  ['exact boundaries', 'exact_boundaries'],
  ['speaker accuracy', 'speaker_accuracy'],
  ['attributed-quote precision', 'attributed_quote_precision'],
  ['end-to-end F1', 'end_to_end_f1'],
  ['claims precision', 'claims_precision'],
  ['claims recall', 'claims_recall'],
  ['claims F1', 'claims_f1'],
];

function figures(split, extra = []) {
  const out = execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'eval.mjs'), '--json', ...extra,
    path.join(CORPUS, `polnear-${split}.jsonl`)], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return JSON.parse(out).figures;
}

const columns = [
  ['dev', figures('dev')],
  ['train', figures('train')],
  ["dev, '' as marks", figures('dev', ['--double-apostrophes'])],
  ["train, '' as marks", figures('train', ['--double-apostrophes'])],
];
console.log(`| figure (EVAL.md) | ${columns.map(([name]) => name).join(' | ')} |`);
console.log(`|---|${columns.map(() => '---:').join('|')}|`);
for (const [label, key] of ROWS)
  console.log(`| ${label} | ${columns.map(([, f]) => f[key].value.toFixed(3)).join(' | ')} |`);
