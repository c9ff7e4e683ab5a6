// The highlight styles as a reader sees them, checked from content/highlight.css itself (no browser
// needed): every speaker colour's underline (reported speech, mentions) stands out from a white page.
// Okabe & Ito's yellow on white is 1.3:1, an underline nobody sees; the palette gives it a darker ink.
// The floor is 2:1: orange and sky blue, the next palest, are 2.2-2.3:1 and plainly visible.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './lib.mjs';

const CSS_FILE = join(REPO, 'extension', 'content', 'highlight.css');

function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const onWhite = (hex) => 1.05 / (luminance(hex) + 0.05);

test('underlines of every speaker colour are visible on a light page', () => {
  const css = readFileSync(CSS_FILE, 'utf8');
  const rules = [...css.matchAll(/::highlight\((whosaid-[rm]\d)\) \{[^}]*text-decoration: underline \S+ \S+ (#[0-9A-Fa-f]{6})/g)];
  assert.equal(rules.length, 16, 'reported speech and mentions of seven colours and of the other voices');
  for (const [, name, colour] of rules) {
    assert.ok(onWhite(colour) >= 2, `${name}: ${colour} on white is ${onWhite(colour).toFixed(2)}:1`);
  }
});
