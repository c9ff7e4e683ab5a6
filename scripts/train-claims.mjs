#!/usr/bin/env node
// Trains the claim model (core/src/claim_model.h) on PolNeAR train and writes core/models/claims.txt.
// Node 20, no npm dependencies. The whole run, from the repository root:
//
//   cmake --build build -j2 --target claim_features && node scripts/train-claims.mjs
//   cmake --build build -j2        # compiles the new model in
//
// Options: --train FILE (../shared/corpus/polnear-train.jsonl), --out FILE (core/models/claims.txt),
// --features BIN (build/claim_features), --folds 5, --repeats 1, --l2 1, --min-count 2, --max-features 500;
// for trying what helps: --without PREFIX (propose no candidate with such a feature), --ignore PREFIX
// (leave such features out). It takes about 20 seconds.
//
// 1. Candidates. build/claim_features runs the engine on every train article (id and text only) and
//    prints every claim the rules propose -- the doubtful ones too -- with its features, and the direct
//    and mixed quotes that have a speaker.
// 2. Labels. As scripts/eval.mjs scores claims (EVAL.md): the gold claims of an article are matched
//    one-to-one, greedily by overlap, against its quotes and all its candidates; a candidate is positive
//    when it is matched and its speaker is right. A candidate that loses its gold claim to a quote or to
//    a better candidate is negative: keeping it would only add a wrong claim. A candidate at least half
//    one quote of its speaker's is left out: the engine drops it whatever the model says
//    (attribution.cc, drop_claims_mostly_quoted()). Counted when the rule was first added (quotes
//    summed then), such candidates (585 on train, 516 of them
//    "right") had the script score 500 claims the engine never writes.
// 3. Model. Logistic regression over the features (binary), with an L2 penalty of --l2 on every weight
//    but the bias, fitted by L-BFGS from zero: deterministic, so a re-run writes the same file. Then only
//    the --max-features weightiest features (|weight| x occurrences) are kept and the model fitted
//    again on them: a model small enough for the wasm module, and no worse in cross-validation. (An
//    averaged perceptron did as well in cross-validation, but its scores have no scale: the bias chosen
//    on the folds' models, trained on 4/5 of the articles, missed the final model's best by 1.3-1.9 of
//    its ~7 and moved from 6.8 to 8.5 between partitions of the same articles into folds, so a retrain
//    won or lost by chance. Logistic scores are log-odds, the same on 4/5 of the data as on all:
//    the bias moves by 0.1-0.3.)
// 4. Threshold. Dropping claims raises claims F1 only where few of them are right (less than about F1/2),
//    so the decision is not the model's sign: a bias is chosen by --folds-fold cross-validation on
//    train (articles split by index), as the one whose out-of-fold decisions give the best claims F1 on
//    train, counting quotes and the gold claims no candidate reaches. It is folded into "bias". The
//    cross-validated F1 is printed: it is the figure to compare variants by. One partition into folds
//    gives it to about +-0.0005, as much as most variants differ by: --repeats 3 cross-validates on 3
//    partitions (articles by index, then in two orders of their hashes), prints their mean F1 and
//    takes the bias that maximises it (three times the time; with the defaults, the same model).
// 5. The file: the weights.
// Dev is never read.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { goldClaims, matchSpans, speakerCorrect, trimSpan } from './eval.mjs';

const SCRIPT_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(SCRIPT_DIR, '..');
// Weights are written as integers, in 1/SCALE units of log-odds. Rounded to 1/30 rather than 1/100,
// they changed claims F1 by 0.0003 at most (dev 0.6379 -> 0.6382, train 0.6052 -> 0.6054), and their
// shorter numbers take 172 bytes less (gzip) of the wasm module, which carries the model in a tight
// size budget.
const SCALE = 30;

function parseArgs(argv) {
  const opts = {
    train: path.join(REPO_ROOT, '..', 'shared', 'corpus', 'polnear-train.jsonl'),
    out: path.join(REPO_ROOT, 'core', 'models', 'claims.txt'),
    features: path.join(REPO_ROOT, 'build', 'claim_features'),
    folds: 5,
    repeats: 1,
    l2: 1,
    minCount: 2,
    maxFeatures: 500,
    without: [],  // candidates with a feature that starts so are not proposed (for trying what helps)
    ignore: [],   // features that start so are left out (for trying what helps)
  };
  for (let i = 0; i < argv.length; ++i) {
    const a = argv[i];
    const next = () => argv[++i];
    if (a === '--train') opts.train = next();
    else if (a === '--out') opts.out = next();
    else if (a === '--features') opts.features = next();
    else if (a === '--folds') opts.folds = Number(next());
    else if (a === '--repeats') opts.repeats = Number(next());
    else if (a === '--l2') opts.l2 = Number(next());
    else if (a === '--min-count') opts.minCount = Number(next());
    else if (a === '--max-features') opts.maxFeatures = Number(next());
    else if (a === '--without') opts.without.push(next());
    else if (a === '--ignore') opts.ignore.push(next());
    else throw new Error(`unknown option ${a}`);
  }
  return opts;
}

function readJsonl(file) {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}

// Runs build/claim_features on the articles' id and text (never their annotations).
function candidates(tool, articles) {
  const input = articles.map((a) => JSON.stringify({ id: a.id, text: a.text })).join('\n') + '\n';
  const r = spawnSync(tool, [], { input, maxBuffer: 1 << 30, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${tool} failed: ${r.stderr || r.error}`);
  const byId = new Map();
  for (const line of r.stdout.split('\n')) if (line) { const o = JSON.parse(line); byId.set(String(o.id), o); }
  return byId;
}

// A system item as eval.mjs's speakerCorrect() reads it.
function item(text, x, entities) {
  const [start, end] = trimSpan(text, x.start, x.end);
  const e = entities[x.entity] ?? {};
  return { start, end, quote: { mention: { start: x.mention[0], end: x.mention[1] } },
           speaker: { name: e.name, aliases: e.aliases ?? [] } };
}

// Labels the candidates of one article; returns {examples, quoteCorrect, quotes, gold}.
function label(article, out, without, ignore) {
  const gold = goldClaims(article);
  const quotes = out.quotes.map((q) => item(article.text, q, out.entities));
  out.candidates = out.candidates.filter((c) => !c.features.some((f) => without.some((w) => f.startsWith(w))) &&
                                                 !mostlyQuoted(c, out.quotes));
  const cands = out.candidates.map((c) => item(article.text, c, out.entities));
  const system = [...quotes, ...cands];
  const positive = new Array(cands.length).fill(false);
  let quoteCorrect = 0;
  for (const p of matchSpans(gold, system)) {
    if (!speakerCorrect(system[p.system], gold[p.gold].sources)) continue;
    if (p.system < quotes.length) ++quoteCorrect;
    else positive[p.system - quotes.length] = true;
  }
  const examples = out.candidates.map((c, i) => ({
    features: c.features.filter((f) => !ignore.some((p) => f.startsWith(p))), y: positive[i] }));
  return { examples, quoteCorrect, quotes: quotes.length, gold: gold.length };
}

// Whether one of the speaker's own quotes inside claim `c` makes at least half of it, as the engine's
// drop_claims_mostly_quoted() decides.
function mostlyQuoted(c, quotes) {
  let longest = 0;
  for (const q of quotes) {
    if (q.entity === c.entity && q.start >= c.start && q.end <= c.end) longest = Math.max(longest, q.end - q.start);
  }
  return 2 * longest >= c.end - c.start;
}

// L2-regularised logistic regression, fitted by L-BFGS: deterministic. examples [{features, y}];
// returns Map feature -> weight (log-odds).
function trainLogistic(examples, l2, minCount, iterations = 1000) {
  const count = new Map();
  for (const ex of examples) for (const f of ex.features) count.set(f, (count.get(f) ?? 0) + 1);
  const names = [...count.keys()].filter((f) => f === 'bias' || count.get(f) >= minCount).sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = examples.map((ex) => Int32Array.from(ex.features.filter((f) => index.has(f)).map((f) => index.get(f))));
  const ys = examples.map((ex) => (ex.y ? 1 : -1));
  const n = names.length, biasIndex = index.get('bias');
  // The loss and its gradient at w.
  const evaluate = (w, g) => {
    g.fill(0);
    let loss = 0;
    for (let k = 0; k < rows.length; ++k) {
      const row = rows[k];
      let s = 0;
      for (let j = 0; j < row.length; ++j) s += w[row[j]];
      const m = ys[k] * s;
      loss += m > 0 ? Math.log1p(Math.exp(-m)) : -m + Math.log1p(Math.exp(m));
      const d = -ys[k] / (1 + Math.exp(m));
      for (let j = 0; j < row.length; ++j) g[row[j]] += d;
    }
    for (let i = 0; i < n; ++i) if (i !== biasIndex) { loss += 0.5 * l2 * w[i] * w[i]; g[i] += l2 * w[i]; }
    return loss;
  };
  const w = lbfgs(evaluate, n, iterations);
  const model = new Map();
  names.forEach((f, i) => { if (w[i] !== 0) model.set(f, w[i]); });
  return model;
}

function dot(a, b) {
  let s = 0;
  for (let i = 0; i < a.length; ++i) s += a[i] * b[i];
  return s;
}

// Minimises a smooth function from x = 0 by L-BFGS (Nocedal & Wright, algorithm 7.4) with a
// backtracking line search. evaluate(x, grad) returns the function's value at x and writes its
// gradient into grad. Stops after `iterations` steps or when a step gains less than 1e-12 of the value.
function lbfgs(evaluate, n, iterations, memory = 10) {
  let x = new Float64Array(n), grad = new Float64Array(n);
  let value = evaluate(x, grad);
  const steps = [], turns = [], rhos = [];  // the latest x and gradient differences, 1 / their dot
  for (let it = 0; it < iterations; ++it) {
    // dir: the inverse Hessian, as the differences estimate it, times the gradient (two-loop recursion).
    const dir = Float64Array.from(grad), alphas = [];
    for (let k = steps.length - 1; k >= 0; --k) {
      alphas[k] = rhos[k] * dot(steps[k], dir);
      for (let i = 0; i < n; ++i) dir[i] -= alphas[k] * turns[k][i];
    }
    const k0 = steps.length - 1;
    const gamma = steps.length ? dot(steps[k0], turns[k0]) / dot(turns[k0], turns[k0])
                               : 1 / (Math.sqrt(dot(grad, grad)) || 1);
    for (let i = 0; i < n; ++i) dir[i] *= gamma;
    for (let k = 0; k < steps.length; ++k) {
      const beta = rhos[k] * dot(turns[k], dir);
      for (let i = 0; i < n; ++i) dir[i] += steps[k][i] * (alphas[k] - beta);
    }
    const slope = -dot(grad, dir);
    if (slope >= 0) break;
    let t = 1, next, nextGrad = new Float64Array(n), nextValue;
    for (;;) {  // halves the step until the value falls enough (Armijo)
      next = x.map((xi, i) => xi - t * dir[i]);
      nextValue = evaluate(next, nextGrad);
      if (nextValue <= value + 1e-4 * t * slope || t < 1e-10) break;
      t /= 2;
    }
    const step = next.map((v, i) => v - x[i]), turn = nextGrad.map((v, i) => v - grad[i]);
    const curvature = dot(step, turn);
    if (curvature > 1e-12) {
      steps.push(step);
      turns.push(turn);
      rhos.push(1 / curvature);
      if (steps.length > memory) { steps.shift(); turns.shift(); rhos.shift(); }
    }
    const gain = value - nextValue;
    [x, grad, value] = [next, nextGrad, nextValue];
    if (gain < 1e-12 * Math.max(1, Math.abs(value))) break;
  }
  return x;
}

// Trains, then keeps the opts.maxFeatures features that weigh most over the examples (|weight| times
// how often they occur) and trains again on those alone: a model small enough to ship in the wasm module.
function train(examples, opts) {
  const model = trainLogistic(examples, opts.l2, opts.minCount);
  if (!opts.maxFeatures) return model;
  const count = new Map();
  for (const ex of examples) for (const f of ex.features) count.set(f, (count.get(f) ?? 0) + 1);
  const ranked = [...model].filter(([f]) => f !== 'bias')
    .map(([f, w]) => [f, Math.abs(w) * (count.get(f) ?? 0)])
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const kept = new Set(['bias', ...ranked.slice(0, opts.maxFeatures).map(([f]) => f)]);
  const pruned = examples.map((ex) => ({ features: ex.features.filter((f) => kept.has(f)), y: ex.y }));
  return trainLogistic(pruned, opts.l2, opts.minCount);
}

function score(model, features) {
  let s = 0;
  for (const f of features) s += model.get(f) ?? 0;
  return s;
}

function f1(tp, system, gold) {
  const p = system ? tp / system : 0, r = gold ? tp / gold : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

// Claims F1 on `labelled` articles when the candidates with score > -bias are kept.
function claimsF1(labelled, scores, bias) {
  let tp = 0, system = 0, gold = 0, k = 0;
  for (const a of labelled) {
    tp += a.quoteCorrect;
    system += a.quotes;
    gold += a.gold;
    for (const ex of a.examples) {
      if (scores[k++] + bias > 0) {
        ++system;
        if (ex.y) ++tp;
      }
    }
  }
  return { f1: f1(tp, system, gold), p: system ? tp / system : 0, r: tp / gold, tp, system, gold };
}

// The bias that maximises the mean claims F1 of the given sets of scores of all candidates (one set per
// partition into folds), where the candidates whose score + bias > 0 are kept. Every score of any set
// is tried as the threshold, from the highest down (each set's candidates swept in order of score),
// and one below them all; of equal means, the lowest.
function bestBias(labelled, scoreSets) {
  let quoteCorrect = 0, quotes = 0, gold = 0;
  for (const a of labelled) { quoteCorrect += a.quoteCorrect; quotes += a.quotes; gold += a.gold; }
  const y = labelled.flatMap((a) => a.examples.map((ex) => ex.y));
  const orders = scoreSets.map((scores) => y.map((_, k) => k).sort((i, j) => scores[j] - scores[i] || i - j));
  const thresholds = [...new Set(scoreSets.flat())].sort((a, b) => b - a);
  thresholds.push(thresholds.at(-1) - 1);
  const kept = scoreSets.map(() => ({ next: 0, tp: quoteCorrect, system: quotes }));
  let best = { bias: Infinity, f1: -1 };
  for (const v of thresholds) {  // keeps the scores above v
    let sum = 0;
    scoreSets.forEach((scores, r) => {
      const k = kept[r];
      for (; k.next < y.length && scores[orders[r][k.next]] > v; ++k.next) {
        ++k.system;
        if (y[orders[r][k.next]]) ++k.tp;
      }
      sum += f1(k.tp, k.system, gold);
    });
    if (sum / scoreSets.length >= best.f1) best = { bias: -v, f1: sum / scoreSets.length };
  }
  return best;
}

// The fold of each of n articles in partition r: by index for r = 0, else in an order of their
// indices' hashes (seeded by r), so that partitions differ and a re-run gives the same ones.
function folds(n, count, r) {
  const hash = (i) => {
    let x = Math.imul(i + 1, 0x9E3779B1) ^ Math.imul(r, 0x85EBCA77);
    x = Math.imul(x ^ (x >>> 15), 0x2C1B3C6D);
    return (x ^ (x >>> 13)) >>> 0;
  };
  const order = [...Array(n).keys()];
  if (r > 0) order.sort((i, j) => hash(i) - hash(j) || i - j);
  const fold = new Array(n);
  order.forEach((article, position) => { fold[article] = position % count; });
  return fold;
}

// Out-of-fold scores of all candidates: each article's scored by a model trained without its fold.
function outOfFold(labelled, fold, opts) {
  const scores = labelled.map(() => null);
  for (let f = 0; f < opts.folds; ++f) {
    const model = train(labelled.filter((_, i) => fold[i] !== f).flatMap((a) => a.examples), opts);
    labelled.forEach((a, i) => { if (fold[i] === f) scores[i] = a.examples.map((ex) => score(model, ex.features)); });
  }
  return scores.flat();
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const articles = readJsonl(opts.train);
  const outputs = candidates(opts.features, articles);
  const labelled = articles.map((a) => label(a, outputs.get(String(a.id)), opts.without, opts.ignore));
  const all = labelled.flatMap((a) => a.examples);
  const positives = all.filter((e) => e.y).length;
  console.error(`train-claims: ${articles.length} articles, ${all.length} candidates, ${positives} right`);
  console.error(`  keep all: claims F1 ${claimsF1(labelled, all.map(() => 1), 0).f1.toFixed(4)}; ` +
                `keep the right ones only: ${claimsF1(labelled, all.map((ex) => (ex.y ? 1 : -1)), 0).f1.toFixed(4)}`);

  const oofs = [];
  for (let r = 0; r < opts.repeats; ++r) oofs.push(outOfFold(labelled, folds(labelled.length, opts.folds, r), opts));
  const best = bestBias(labelled, oofs);
  const each = oofs.map((oof) => claimsF1(labelled, oof, best.bias));
  const mean = (key) => each.reduce((sum, e) => sum + e[key], 0) / each.length;
  const atZero = oofs.map((oof) => claimsF1(labelled, oof, 0).f1).reduce((a, b) => a + b) / oofs.length;
  console.error(`  cross-validated${opts.repeats > 1 ? ` (mean of ${opts.repeats} partitions)` : ''}: ` +
                `bias 0: F1 ${atZero.toFixed(4)}; best bias ${best.bias.toFixed(2)}: F1 ${best.f1.toFixed(4)} ` +
                `(P ${mean('p').toFixed(4)}, R ${mean('r').toFixed(4)})` +
                (opts.repeats > 1 ? `; by partition ${each.map((e) => e.f1.toFixed(4)).join(' ')}` : ''));

  const model = train(all, opts);
  model.set('bias', (model.get('bias') ?? 0) + best.bias);
  const finalScores = all.map((ex) => score(model, ex.features));
  const inSample = claimsF1(labelled, finalScores, 0);
  console.error(`  final model, on train (in sample): F1 ${inSample.f1.toFixed(4)}`);

  const lines = [...model].map(([f, wf]) => [f, Math.round(wf * SCALE)]).filter(([, wf]) => wf !== 0)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const header = [
    '# The claim model: see core/src/claim_model.h. Written by scripts/train-claims.mjs; do not edit.',
    `# Trained on ${path.basename(opts.train)}: ${articles.length} articles, ${all.length} candidate claims, ` +
      `${positives} right; logistic regression, L2 ${opts.l2}, features seen ${opts.minCount}+ times;`,
    `# the ${opts.maxFeatures || 'all'} weightiest features; decision bias from ${opts.folds}-fold cross-validation ` +
      `(claims F1 ${best.f1.toFixed(4)} out of fold).`,
    `# Lines: "w WEIGHT FEATURE" (WEIGHT in 1/${SCALE}).`,
  ];
  fs.writeFileSync(opts.out, [...header, ...lines.map(([f, wf]) => `w ${wf} ${f}`)].join('\n') + '\n');
  console.error(`  wrote ${lines.length} weights to ${path.relative(process.cwd(), opts.out)}`);
}

main();
