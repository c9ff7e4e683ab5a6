// The page's own use of the Custom Highlight API (as a find-in-page feature would): whosaid must not
// remove or replace it.
const p = document.getElementById('searched');
const range = document.createRange();
range.setStart(p.firstChild, 0);
range.setEnd(p.firstChild, 'Traders were split'.length);
CSS.highlights.set('search', new Highlight(range));
