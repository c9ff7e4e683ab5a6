// content/anchor.js: turns [start, end) offsets into the article string back into DOM Ranges.
//
// After Hypothesis's anchoring (src/annotator/anchoring/): map by position first, check the text, and
// search only when the check fails.
//   1. Position: binary search in the segment table (article.js) for the segment holding `start`, then
//      walk the segments up to `end`. A span crossing a separator or skipped text gives several Ranges
//      (one per run of joined segments), so that no Range ever covers text the engine did not see.
//   2. Check: each piece of live node data must still equal the string the engine read (after the same
//      length-preserving whitespace mapping). Pages change under us (live blogs, ads, hydration).
//   3. Fallback: when the check fails, read the same roots again and search for the exact expected text,
//      taking the occurrence nearest the old position; the fresh table is built once and shared by all
//      the spans that need it. A span found nowhere is dropped (and counted), never drawn wrong.
//
// anchor(table, start, end, expected, refresh) -> Range[] (empty when it cannot be placed)
//   `expected` is the text the engine reported for the span (or the string slice itself);
//   `refresh()` returns a freshly built table for the fallback, or null.
(() => {
  'use strict';
  const NS = (globalThis.whosaidContent ??= {});
  if (NS.anchor) return;

  const WS_CONTROL = /[\t\n\r\f\v]/g;
  const SEARCH_WINDOW = 4000; // UTF-16 units either side of the old position searched first

  // Index of the last segment whose start is <= offset (-1 when offset is before every segment).
  function segmentAt(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  // Pieces {i, a, b} (segment index, offsets into its node) covering [start, end), or null when a piece
  // no longer matches the text the table was built from.
  function pieces(table, start, end) {
    const { nodes, starts, lengths, text } = table;
    const out = [];
    let i = segmentAt(starts, start);
    if (i < 0) i = 0;
    else if (start >= starts[i] + lengths[i]) i += 1; // start falls in a separator after segment i
    for (; i < nodes.length && starts[i] < end; i++) {
      const a = Math.max(start, starts[i]) - starts[i];
      const b = Math.min(end, starts[i] + lengths[i]) - starts[i];
      if (b <= a) continue;
      const node = nodes[i];
      if (!node.isConnected || node.data.length !== lengths[i]) return null;
      const live = node.data.slice(a, b).replace(WS_CONTROL, ' ');
      if (live !== text.slice(starts[i] + a, starts[i] + b)) return null;
      out.push({ i, a, b });
    }
    return out;
  }

  // Joins pieces into Ranges: consecutive pieces share a Range when their segments are joined and the
  // first runs to the end of its node and the second starts at the beginning of its own.
  function toRanges(table, ps) {
    const ranges = [];
    let range = null;
    let prev = null;
    for (const p of ps) {
      const node = table.nodes[p.i];
      const continues =
        range && prev.i + 1 === p.i && table.joined[p.i] && prev.b === table.lengths[prev.i] && p.a === 0;
      if (!continues) {
        range = document.createRange();
        range.setStart(node, p.a);
        ranges.push(range);
      }
      range.setEnd(node, p.b);
      prev = p;
    }
    return ranges;
  }

  // The text a list of Ranges shows, with the same whitespace mapping as the article string.
  function rangesText(ranges) {
    return ranges.map((r) => r.toString().replace(WS_CONTROL, ' ')).join('');
  }

  // The span's text as read, without the separators the walk inserted (which no Range covers).
  function visibleText(table, start, end) {
    const ps = pieces(table, start, end);
    if (!ps) return null;
    return ps.map((p) => table.text.slice(table.starts[p.i] + p.a, table.starts[p.i] + p.b)).join('');
  }

  function nearestIndexOf(text, needle, around) {
    if (!needle) return -1;
    const from = Math.max(0, around - SEARCH_WINDOW);
    let after = text.indexOf(needle, from);
    if (after !== -1 && after - around > SEARCH_WINDOW) after = -1;
    const before = text.lastIndexOf(needle, around);
    if (after === -1 || before === -1) {
      if (after !== -1 || before !== -1) return Math.max(after, before);
      return text.indexOf(needle);
    }
    return around - before <= after - around ? before : after;
  }

  function anchor(table, start, end, expected, refresh) {
    if (!(end > start)) return [];
    if (expected == null || table.text.slice(start, end) === expected) {
      const ps = pieces(table, start, end);
      if (ps && ps.length) return toRanges(table, ps);
    }
    // Fallback: the page changed (or the offsets disagree with the text): search the exact text.
    const fresh = refresh && refresh();
    const needle = expected ?? table.text.slice(start, end);
    if (!fresh || !needle) return [];
    const at = nearestIndexOf(fresh.text, needle, start);
    if (at < 0) return [];
    const ps = pieces(fresh, at, at + needle.length);
    return ps && ps.length ? toRanges(fresh, ps) : [];
  }

  NS.anchor = { anchor, segmentAt, pieces, toRanges, rangesText, visibleText };
})();
