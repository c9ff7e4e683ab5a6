// Drives live.html like a live blog: new entries arrive on top, a clock ticks every 100 ms (the page
// rewrites itself constantly), and window.navigateToNextStory() swaps the story as a single-page app.
const entries = document.getElementById('entries');
const clock = document.getElementById('clock');

function addEntry(time, text) {
  const section = document.createElement('section');
  section.className = 'entry';
  const h = document.createElement('h2');
  h.textContent = time;
  const p = document.createElement('p');
  p.textContent = text;
  section.append(h, p);
  entries.prepend(section);
}

let tenths = 0;
setInterval(() => {
  tenths++;
  clock.textContent = `09:${String(5 + Math.floor(tenths / 600)).padStart(2, '0')}:${String(Math.floor(tenths / 10) % 60).padStart(2, '0')}.${tenths % 10}`;
}, 100);

// The entries arrive once the page has been read (data-whosaid-quotes set), 0.3 s and 1.5 s later.
function whenRead(fn) {
  if (document.documentElement.hasAttribute('data-whosaid-quotes')) fn();
  else setTimeout(() => whenRead(fn), 50);
}
whenRead(() => {
  setTimeout(() => addEntry('09:20', '“We have forty crews on the roads and more on the way,” said Daniel Osei, the operations manager at Northern Power.'), 300);
  setTimeout(() => addEntry('09:32', 'Schools in three counties will close early, council leader Ruth Baptiste told local radio. “Safety comes first,” she said.'), 1500);
});

window.navigateToNextStory = () => {
  history.pushState({}, '', '?story=bridge');
  const story = document.getElementById('story');
  const next = document.createElement('article');
  next.id = 'story';
  next.innerHTML = '<h1>Old bridge reopens after storm repairs</h1>' +
    '<p>The old bridge reopened to traffic on Thursday after three days of repairs, the highways department said in a short statement to the press.</p>' +
    '<p>“It feels like a new start for the whole town,” said commuter Joe Park, who crosses the bridge every morning on his way to work.</p>';
  story.replaceWith(next);
};
