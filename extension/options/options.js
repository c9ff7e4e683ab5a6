// options/options.js: edits the settings in storage.local (see shared.js for their meaning). Every change
// is saved at once; open pages pick it up through storage.onChanged.
const shared = globalThis.whosaidShared;
const { ext } = shared;
const $ = (id) => document.getElementById(id);
const KINDS = ['direct', 'mixed', 'indirect'];

let settings = await shared.loadSettings();

function render() {
  $('run-auto').checked = settings.autoRun;
  $('run-click').checked = !settings.autoRun;
  for (const k of KINDS) $(`kind-${k}`).checked = settings.kinds[k];
  const list = $('sites');
  list.replaceChildren();
  for (const site of [...settings.disabledSites].sort()) {
    const li = document.createElement('li');
    const name = document.createElement('span');
    name.textContent = site;
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.textContent = 'Turn back on';
    remove.setAttribute('aria-label', `Turn whosaid back on for ${site}`);
    remove.addEventListener('click', () => save({ disabledSites: settings.disabledSites.filter((s) => s !== site) }));
    li.append(name, remove);
    list.append(li);
  }
  $('no-sites').hidden = settings.disabledSites.length > 0;
}

async function save(patch) {
  settings = await shared.saveSettings(patch);
  render();
  $('saved').textContent = 'Saved.';
  clearTimeout(save.timer);
  save.timer = setTimeout(() => ($('saved').textContent = ''), 1500);
}

for (const id of ['run-auto', 'run-click']) {
  $(id).addEventListener('change', () => save({ autoRun: $('run-auto').checked }));
}
for (const k of KINDS) {
  $(`kind-${k}`).addEventListener('change', () => {
    const kinds = Object.fromEntries(KINDS.map((x) => [x, $(`kind-${x}`).checked]));
    save({ kinds });
  });
}
$('add-site').addEventListener('submit', (e) => {
  e.preventDefault();
  const site = shared.siteKey($('site').value);
  if (!site || !/^[a-z0-9.-]+$/.test(site)) {
    $('saved').textContent = 'Enter a host name such as www.example.com.';
    return;
  }
  $('site').value = '';
  save({ disabledSites: [...settings.disabledSites, site] });
});

// The shortcut the user actually has (they can change it in the browser's shortcut settings).
try {
  const cmds = await ext.commands.getAll();
  const toggle = cmds.find((c) => c.name === 'toggle-highlights');
  if (toggle?.shortcut) $('shortcut').textContent = toggle.shortcut;
  else if (toggle) {
    $('shortcut-text').hidden = true;
    $('no-shortcut').hidden = false;
  }
} catch (e) {
  // commands.getAll is unavailable in some contexts: keep the default text
}

ext.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && changes.settings) {
    settings = shared.normaliseSettings(changes.settings.newValue || {});
    render();
  }
});

render();
