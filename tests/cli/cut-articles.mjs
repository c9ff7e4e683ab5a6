// Writes each paragraph of a JSONL corpus's articles again, as a text of its own, cut short after every
// one of its words: `node tests/cli/cut-articles.mjs CORPUS`. scripts/test.sh reads the cuts through the
// CLI under the sanitizers' bounds checks, so that every rule that looks past a word ("told reporters
// …", "As X reported, …") meets the end of a text there.
import fs from 'node:fs';

for (const line of fs.readFileSync(process.argv[2], 'utf8').split('\n')) {
  if (!line) continue;
  const { id, text } = JSON.parse(line);
  text.split('\n').forEach((paragraph, p) => {
    for (const end of paragraph.matchAll(/\S(?=\s|$)/g)) {
      const cut = paragraph.slice(0, end.index + 1);
      process.stdout.write(JSON.stringify({ id: `${id}:${p}:${cut.length}`, text: cut }) + '\n');
    }
  });
}
