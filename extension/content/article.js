// content/article.js: finds the article on a page and reads it into one plain string, plus a segment
// table that maps any offset in that string back to a (text node, offset) pair (DESIGN.md, step 1).
//
// Root: the page gives no help, so the root is chosen from paragraph text. Every <p> with some text adds
// its length to each of its ancestors; the root is the deepest semantic container (articleBody, article,
// main) holding most of that text, else the deepest element holding most of it, widened to a close
// ancestor when the article is split across sibling containers. Cheap: one pass over the <p>
// elements, no layout.
//
// Text: a walk over the root's nodes in document order. Skipped with their subtrees: scripts, styles,
// templates, form fields, media, navigation and asides, aria-hidden and undisplayed (display: none)
// elements, editable areas, and the extension's own card. `visibility: hidden` and opacity are not
// checked: pages use them for fade-ins and anti-flicker and show the text a moment later. Block elements (p, div, li, h1...) are separated by one "\n";
// the engine reads newlines as paragraph breaks. Text is never normalised in a way that changes its
// length: each whitespace control character (\t \n \r \f \v) inside a text node becomes one space, so a
// page's source line breaks do not split its sentences, and every offset still points into the node.
//
// The segment table holds, for each text node used, its start in the string and its length then, in
// parallel arrays sorted by start (binary search in anchor.js). `joined[i]` says that segment i follows
// segment i-1 with nothing between them in the DOM's text (no separator, no skipped text), so a single
// DOM Range may span both.
//
// build(roots, accept) reads several roots into one string (used for new content on dynamic pages);
// `accept(textNode)` may veto individual text nodes (nodes already read).
(() => {
  'use strict';
  const NS = (globalThis.whosaidContent ??= {});
  if (NS.article) return;

  // Kept at the top so they are not rebuilt in loops (after Readability).
  const SKIP = new Set([
    'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
    'svg', 'math', 'canvas', 'iframe', 'frame', 'object', 'embed', 'video', 'audio', 'picture', 'img',
    'nav', 'aside', 'footer', 'form', 'dialog', 'head', 'title', 'meta', 'link', 'whosaid-card',
  ]);
  const BLOCK = new Set([
    'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol',
    'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'figure', 'figcaption', 'table', 'thead', 'tbody',
    'tfoot', 'tr', 'td', 'th', 'caption', 'br', 'hr', 'address', 'details', 'summary', 'fieldset',
    'center', 'body', 'html',
  ]);
  const SEMANTIC_ROOTS = '[itemprop~="articleBody"], article, main, [role="main"]';
  const MIN_PARAGRAPH = 25; // shorter <p>s (bylines, captions, buttons) do not vote for the root
  const LONG_PARAGRAPH = 200; // a <p> this long is running prose, not a teaser or a caption
  const WS_CONTROL = /[\t\n\r\f\v]/g;
  const ONLY_SPACE = /^[\s\u00a0]*$/;

  const hasCheckVisibility = typeof Element.prototype.checkVisibility === 'function';

  // Element -> total length of the qualifying <p> text inside it (not counting navigation, asides and
  // footers, which the walk skips anyway).
  function paragraphText(doc) {
    const score = new Map();
    for (const p of doc.getElementsByTagName('p')) {
      const len = p.textContent.length;
      if (len < MIN_PARAGRAPH || p.closest('nav, aside, footer')) continue;
      for (let a = p.parentElement; a; a = a.parentElement) score.set(a, (score.get(a) || 0) + len);
    }
    return score;
  }

  // The element whose text is read as the article, or null when the page has no body.
  function findRoot(doc = document) {
    const body = doc.body;
    if (!body) return null;
    const score = paragraphText(doc);
    const total = score.get(body) || 0;
    if (total === 0) {
      // No paragraphs: a semantic container if there is one, else the whole body.
      return doc.querySelector(SEMANTIC_ROOTS) || body;
    }
    // Semantic containers that hold most of the text; the deepest (least text) of those close to the
    // best one, so that `main` gives way to the `article` inside it.
    let best = null;
    let bestScore = 0;
    const candidates = [...doc.querySelectorAll(SEMANTIC_ROOTS)].filter(isReadable);
    for (const c of candidates) {
      const s = score.get(c) || 0;
      if (s > bestScore) [best, bestScore] = [c, s];
    }
    if (best && bestScore >= 0.5 * total) {
      // Candidates come in document order, so a container's descendants follow it.
      const top = bestScore;
      for (const c of candidates) {
        if (c !== best && best.contains(c) && (score.get(c) || 0) >= 0.85 * top) best = c;
      }
      return widen(best, score);
    }
    // No usable semantic container: descend from the body while one child holds most of the text.
    let root = body;
    for (;;) {
      let next = null;
      let nextScore = 0;
      for (const child of root.children) {
        const s = score.get(child) || 0;
        if (s > nextScore) [next, nextScore] = [child, s];
      }
      if (!next || nextScore < 0.6 * total) return widen(root, score);
      root = next;
    }
  }

  // Articles split in two ("read more": the lead paragraphs, then the rest in a container beside them)
  // leave the lead outside the container that holds most of the text: take the parent when it holds
  // long paragraphs of its own, beside the root, and not much more text besides.
  function widen(root, score) {
    const parent = root.parentElement;
    if (!parent || parent === document.body || (score.get(parent) || 0) > 1.5 * (score.get(root) || 0)) return root;
    let beside = 0;
    for (const child of parent.children) {
      if (child.localName === 'p' && child.textContent.length >= LONG_PARAGRAPH) beside += child.textContent.length;
    }
    return beside >= 2 * LONG_PARAGRAPH ? parent : root;
  }

  function isReadable(el) {
    return !el.closest('nav, aside, footer, [aria-hidden="true"]');
  }

  // Whether the walk reads this element's subtree. `checkVisible` is false when the whole root is hidden:
  // pages that hide <html> or <body> until their scripts run (anti-flicker, frame-busting) are read as
  // they will be shown.
  function acceptElement(el, checkVisible = true) {
    const tag = el.localName;
    if (SKIP.has(tag)) return false;
    if (el.getAttribute('aria-hidden') === 'true' || el.hidden) return false;
    if (el.isContentEditable) return false;
    if (checkVisible && hasCheckVisibility && !el.checkVisibility())
      return false;
    return true;
  }

  // A resumable walk over `roots` (elements, in document order, none inside another). step(deadline)
  // reads until performance.now() passes `deadline` and says whether it finished; result() gives
  // {text, nodes, starts, lengths, joined}. Resumable so that a long article can be read in slices
  // between which the page's own work runs (no long task); pages read in one slice never yield.
  function walker(roots, accept = null) {
    const parts = [];
    const nodes = [];
    const starts = [];
    const lengths = [];
    const joined = [];
    let length = 0;
    let lastChar = '\n'; // as if a separator came before the first root: no leading "\n"
    let broken = true; // something (a separator or skipped text) since the last segment
    let r = -1; // index of the root being read
    let root = null;
    let node = null; // the next node to visit; null: start the next root
    let checkVisible = true;
    let count = 0;

    const separate = () => {
      broken = true;
      if (lastChar !== '\n' && length > 0) {
        parts.push('\n');
        length += 1;
        lastChar = '\n';
      }
    };

    // Visits `node`; returns the next node in document order within `root`, or null when done.
    const visit = (n) => {
      let descend = false;
      if (n.nodeType === Node.TEXT_NODE) {
        const data = n.data;
        if (data.length === 0 || (accept && !accept(n))) {
          broken = broken || data.length > 0;
        } else if (lastChar === '\n' && ONLY_SPACE.test(data)) {
          // indentation between blocks: not part of any sentence
        } else {
          nodes.push(n);
          starts.push(length);
          lengths.push(data.length);
          joined.push(!broken);
          const clean = data.replace(WS_CONTROL, ' ');
          parts.push(clean);
          length += clean.length;
          lastChar = clean[clean.length - 1];
          broken = false;
        }
      } else if (n.nodeType === Node.ELEMENT_NODE) {
        if (n === root || acceptElement(n, checkVisible)) {
          if (BLOCK.has(n.localName)) separate();
          descend = n.firstChild !== null;
        } else {
          broken = true;
        }
      }
      if (descend) return n.firstChild;
      // Move on: to the next sibling, or up, leaving each finished element (a block's end separates).
      while (n !== root) {
        if (n.nextSibling) return n.nextSibling;
        n = n.parentNode;
        if (!n || n === root) return null;
        if (n.nodeType === Node.ELEMENT_NODE && BLOCK.has(n.localName)) separate();
      }
      return null;
    };

    function step(deadline = Infinity) {
      for (;;) {
        if (!node) {
          r += 1;
          if (r >= roots.length) return true;
          root = roots[r];
          if (!root || !root.isConnected) continue;
          separate();
          checkVisible = hasCheckVisibility && root.checkVisibility();
          node = root;
        }
        node = visit(node);
        // Checking the clock costs more than a visit: look every 64 nodes.
        if (++count % 64 === 0 && performance.now() > deadline) return false;
      }
    }

    const result = () => ({ text: parts.join(''), nodes, starts, lengths, joined });
    return { step, result };
  }

  // Reads `roots` at once (small inputs: new content on dynamic pages, the anchoring fallback).
  function build(roots, accept = null) {
    const w = walker(roots, accept);
    w.step();
    return w.result();
  }

  const nextTask = () =>
    globalThis.scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));

  // Reads `roots` in slices of `slice` ms, yielding to the page between them.
  async function buildSliced(roots, accept = null, slice = 12) {
    const w = walker(roots, accept);
    while (!w.step(performance.now() + slice)) await nextTask();
    return w.result();
  }

  // Facts for citations and exports, read from the page's metadata; any may be empty.
  function metadata(doc = document) {
    const meta = (sel) => doc.querySelector(sel)?.getAttribute('content')?.trim() || '';
    const time = doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime') || '';
    return {
      url: location.href,
      title: meta('meta[property="og:title"]') || doc.title || '',
      site: meta('meta[property="og:site_name"]') || location.hostname.replace(/^www\./, ''),
      published:
        meta('meta[property="article:published_time"]') ||
        meta('meta[name="date"]') ||
        meta('meta[itemprop="datePublished"]') ||
        time,
    };
  }

  NS.article = { findRoot, build, buildSliced, nextTask, acceptElement, metadata, BLOCK };
})();
