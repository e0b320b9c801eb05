// Tearline web UI: plain ES module, no build step. Every text from the server is put in the page
// with textContent (never innerHTML), so cable text such as `<`, `&` shows as written.
// The server decides what the reader may see; this file only shows what the API returned.

const state = { user: null, csrf: null, after: null };
const main = document.getElementById('main');

/** Create an element: h('a', {href: '#'}, 'text', child…). */
function h(tag, attrs = {}, ...children) {
  const svg = ['svg', 'g', 'line', 'circle', 'text', 'title'].includes(tag);
  const el = svg ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.setAttribute('class', v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) if (c !== null && c !== undefined && c !== false) el.append(c instanceof Node ? c : String(c));
  return el;
}

/** Replace an element's children, skipping null/undefined/false (conditional parts). */
function fill(el, ...nodes) {
  el.replaceChildren(...nodes.flat(Infinity).filter((n) => n !== null && n !== undefined && n !== false));
}

function show(...nodes) {
  fill(main, ...nodes);
}

async function api(method, path, body, type = 'application/json') {
  const headers = {};
  if (body !== undefined) headers['content-type'] = type;
  if (method !== 'GET' && state.csrf) headers['x-csrf-token'] = state.csrf;
  const res = await fetch(path, { method, headers, body: body === undefined ? undefined : type === 'application/json' ? JSON.stringify(body) : body, credentials: 'same-origin' });
  if (res.status === 401 && path !== '/api/session') {
    state.user = null;
    state.after = location.hash;
    renderWho();
    location.hash = '#/login';
    throw new Error('please log in');
  }
  const ct = res.headers.get('content-type') || '';
  const data = ct.includes('json') ? await res.json() : await res.text();
  if (!res.ok) throw new Error(typeof data === 'object' && data.message ? data.message : `HTTP ${res.status}`);
  return data;
}

function errorBox(e) {
  return h('p', { class: 'error', role: 'alert' }, e.message || String(e));
}

function levelOf(marking) {
  return marking?.level ?? 'U';
}

function badge(marking) {
  return h('span', { class: `badge ${levelOf(marking)}`, title: marking?.text ?? '' }, `(${marking?.text ?? 'U'})`);
}

/** Snippet text with «…» match marks → text nodes and <mark>. */
function highlighted(snippet) {
  const out = [];
  const re = /«([^»]*)»/g;
  let last = 0;
  for (let m; (m = re.exec(snippet)); ) {
    out.push(snippet.slice(last, m.index), h('mark', {}, m[1]));
    last = m.index + m[0].length;
  }
  out.push(snippet.slice(last));
  return out;
}

function route() {
  const hash = location.hash.replace(/^#/, '') || '/search';
  const [path, query = ''] = hash.split('?');
  return { parts: path.split('/').filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(query) };
}

function go(path, params) {
  const q = params ? new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== '')).toString() : '';
  location.hash = `#${path}${q ? `?${q}` : ''}`;
}

function renderWho() {
  const who = document.getElementById('who');
  const nav = document.getElementById('nav');
  nav.hidden = !state.user;
  document.getElementById('nav-admin').hidden = !state.user?.admin;
  if (!state.user) return fill(who);
  const u = state.user;
  fill(who, 
    h('span', { id: 'whoami' }, `${u.name} · ${u.clearance}/${u.citizenship}${u.accesses.length ? '/' + u.accesses.join(',') : ''}`),
    h('button', { class: 'secondary', id: 'logout', onclick: logout }, 'Log out'),
  );
}

async function logout() {
  try {
    await api('DELETE', '/api/session');
  } catch {}
  state.user = null;
  state.csrf = null;
  renderWho();
  go('/login');
}

function markNav(section) {
  for (const a of document.querySelectorAll('nav a')) {
    if (a.getAttribute('href') === `#/${section}`) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

// ---------- login ----------
function loginView() {
  const err = h('div');
  const form = h('form', { class: 'panel', id: 'login', 'aria-label': 'Log in' },
    h('h1', {}, 'Log in'),
    h('div', { class: 'row' },
      h('label', {}, 'User name', h('input', { name: 'username', id: 'username', autocomplete: 'username', required: true })),
      h('label', {}, 'Password', h('input', { name: 'password', id: 'password', type: 'password', autocomplete: 'current-password', required: true })),
      h('button', { type: 'submit' }, 'Log in')),
    err);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const fd = new FormData(form);
    try {
      const s = await api('POST', '/api/session', { username: fd.get('username'), password: fd.get('password') });
      state.user = s.user;
      state.csrf = s.csrf;
      renderWho();
      const after = state.after && !state.after.startsWith('#/login') ? state.after : '#/search';
      state.after = null;
      if (location.hash === after) render();
      else location.hash = after;
    } catch (e) {
      fill(err, errorBox(e));
    }
  });
  show(form);
  form.querySelector('input').focus();
}

// ---------- search ----------
const facetFilters = { classification: (v) => `class:${{ UNCLASSIFIED: 'U', CONFIDENTIAL: 'C', SECRET: 'S', 'TOP SECRET': 'TS' }[v] ?? v}`, origin: (v) => `from:"${v}"`, year: (v) => `date:${v}`, tags: (v) => `tag:${v}` };

async function searchView(params) {
  const q = params.get('q') ?? '';
  const page = Number(params.get('page') ?? 1);
  const order = params.get('order') ?? 'relevance';
  const input = h('input', { type: 'search', name: 'q', id: 'q', value: q, 'aria-label': 'Search query', placeholder: 'e.g. infrared detectors  tag:PARM  from:Paris  date:2009-01..2009-06' });
  const orderSel = h('select', { name: 'order', 'aria-label': 'Order' }, h('option', { value: 'relevance', selected: order === 'relevance' }, 'relevance'), h('option', { value: 'date', selected: order === 'date' }, 'newest first'));
  const form = h('form', { class: 'row', role: 'search' }, input, orderSel, h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    go('/search', { q: input.value.trim(), order: orderSel.value });
  });
  const results = h('div', { id: 'results', 'aria-live': 'polite' });
  show(h('h1', {}, 'Search the archive'), form, results);
  if (!q) {
    results.append(h('p', { class: 'muted' }, 'Words must all occur in one paragraph you may read. "phrases", OR, -exclude, prefix*, and filters tag: from: to: class: date: ref: subject:. Press / to search from anywhere.'));
    input.focus();
    return;
  }
  results.append(h('p', { class: 'muted' }, 'Searching…'));
  try {
    const r = await api('GET', `/api/search?${new URLSearchParams({ q, page: String(page), order })}`);
    const facets = h('aside', { class: 'facets', 'aria-label': 'Refine' }, h('h2', {}, 'Refine'));
    for (const [name, counts] of Object.entries(r.facets)) {
      const entries = Object.entries(counts);
      if (!entries.length) continue;
      facets.append(h('h3', {}, name), h('ul', {}, entries.slice(0, 12).map(([v, n]) => h('li', {}, h('button', { class: 'link', onclick: () => go('/search', { q: `${q} ${facetFilters[name](v)}`, order }) }, v), ` ${n}`))));
    }
    const list = h('ol', { class: 'hits' }, r.hits.map((hit) => h('li', {},
      h('a', { class: 'hit-title', href: `#/cable/${encodeURIComponent(hit.id)}${hit.paragraph && hit.paragraph !== 'subject' ? `?p=${encodeURIComponent(hit.paragraph)}` : ''}` }, hit.id),
      ' ', h('span', { class: 'muted' }, [hit.date, hit.origin, hit.classification].filter(Boolean).join(' · ')),
      hit.subject ? h('div', {}, hit.subject) : null,
      h('p', { class: 'snippet' }, hit.paragraph ? h('span', { class: 'muted' }, hit.paragraph === 'subject' ? 'subject: ' : `¶${hit.paragraph}: `) : null, highlighted(hit.snippet)))));
    const pages = Math.ceil(r.total / r.limit);
    const pager = h('div', { class: 'row' },
      page > 1 ? h('button', { class: 'secondary', onclick: () => go('/search', { q, order, page: page - 1 }) }, '← Previous') : null,
      pages > 1 ? h('span', { class: 'muted' }, `page ${page} of ${pages}`) : null,
      page < pages ? h('button', { class: 'secondary', onclick: () => go('/search', { q, order, page: page + 1 }) }, 'Next →') : null);
    fill(results, h('p', { id: 'total' }, `${r.total} cable${r.total === 1 ? '' : 's'}`), h('div', { class: 'layout' }, facets, h('div', {}, list, pager)));
  } catch (e) {
    fill(results, errorBox(e));
  }
}

// ---------- cable reader ----------
function addressees(list) {
  return list.map((a) => `${a.post ?? a.name}${a.ri ? ` (${a.ri})` : ''}${a.precedence ? ` ${a.precedence}` : ''}`).join('; ');
}

async function cableView(id, params) {
  show(h('p', { class: 'muted' }, 'Loading…'));
  let c;
  try {
    c = await api('GET', `/api/cables/${encodeURIComponent(id)}`);
  } catch (e) {
    return show(h('h1', {}, id), errorBox(e));
  }
  const level = c.banner?.startsWith('TOP SECRET') ? 'TS' : c.banner?.startsWith('SECRET') ? 'S' : c.banner?.startsWith('CONFIDENTIAL') ? 'C' : 'U';
  const meta = h('dl', { class: 'meta' });
  const add = (k, v) => v && meta.append(h('dt', {}, k), h('dd', {}, v));
  add('Created', c.created);
  add('Origin', c.origin);
  if (c.header) {
    add('Date-time group', c.header.dtg);
    add('Precedence', [c.header.precedence.action && `action ${c.header.precedence.action}`, c.header.precedence.info && `info ${c.header.precedence.info}`].filter(Boolean).join(', '));
    add('Station', c.header.station ? `${c.header.station.post ?? '?'} (${c.header.station.ri})${c.header.serial ? ` #${c.header.serial}` : ''}` : null);
    add('From', c.header.from);
    add('To (action)', addressees(c.header.to));
    add('Info', addressees(c.header.info));
  }
  const tags = h('ul', { class: 'tags', 'aria-label': 'TAGS' }, c.tags.map((t) => h('li', { title: t.kind }, h('strong', {}, t.tag), t.meaning ? ` ${t.meaning}` : '')));
  const refs = c.refs.length ? h('ul', { id: 'refs' }, c.refs.map((r) => h('li', {}, r.label ? `${r.label}. ` : '', r.id ? h('a', { href: `#/cable/${encodeURIComponent(r.id)}` }, r.text) : r.text))) : null;
  const paras = c.paragraphs.map((p) => h('section', { class: 'para', id: `p-${p.number}`, 'data-number': p.number, tabindex: '-1' },
    h('div', {}, h('strong', {}, `${p.number}. `), badge(p.marking)),
    h('pre', {}, p.text)));
  const releaseOut = h('div', { id: 'release-out' });
  const to = h('input', { name: 'to', id: 'release-to', placeholder: 'FRA, France, FR', 'aria-label': 'Release to country' });
  const unclass = h('input', { type: 'checkbox', name: 'unclassified', id: 'release-unclassified' });
  const relForm = h('form', { class: 'row', 'aria-label': 'Release builder' },
    h('label', {}, 'Country', to), h('label', { for: 'release-unclassified' }, 'with unclassified', unclass), h('button', { type: 'submit' }, 'Build release'));
  relForm.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    try {
      const r = await api('GET', `/api/cables/${encodeURIComponent(id)}/release?${new URLSearchParams({ to: to.value, ...(unclass.checked ? { unclassified: 'true' } : {}) })}`);
      const text = [r.marking.text, `Releasable to ${r.to}: extract of ${r.id}${r.date ? ` (${r.date.slice(0, 10)})` : ''}`, '', ...r.paragraphs.map((p) => `${p.number}. (${p.marking.text}) ${p.text}\n`), r.marking.text, ''].join('\n');
      const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
      fill(releaseOut, h('div', { class: `banner ${r.marking.level}` }, r.marking.text), h('pre', { class: 'text' }, text), h('a', { href: url, download: `${r.id}-release-${r.to}.txt` }, 'Download release'));
    } catch (e) {
      fill(releaseOut, errorBox(e));
    }
  });
  show(
    h('div', { class: `banner ${level}`, id: 'banner' }, c.banner ?? ''),
    h('h1', {}, c.id),
    c.subject ? h('p', { id: 'subject' }, h('strong', {}, 'SUBJECT: '), badge(c.subject.marking), ' ', c.subject.text) : null,
    meta,
    c.tags.length ? h('div', {}, h('h2', {}, 'TAGS'), tags) : null,
    refs ? h('div', {}, h('h2', {}, 'References'), refs) : null,
    h('h2', {}, 'Text'),
    h('div', { id: 'paragraphs' }, paras),
    c.citedBy.length ? h('div', {}, h('h2', {}, 'Cited by'), h('ul', {}, c.citedBy.map((x) => h('li', {}, h('a', { href: `#/cable/${encodeURIComponent(x)}` }, x))))) : null,
    h('h2', {}, 'Release builder'),
    relForm,
    releaseOut,
    h('div', { class: `banner ${level}` }, c.banner ?? ''),
  );
  const target = params.get('p') && document.getElementById(`p-${params.get('p')}`);
  if (target) {
    target.scrollIntoView();
    target.focus();
  } else main.focus();
}

// ---------- network ----------
function layout(nodes, edges, width, height) {
  const pos = new Map(nodes.map((n, i) => [n.id, { x: width / 2 + Math.cos(i * 2.4) * (40 + i * 3), y: height / 2 + Math.sin(i * 2.4) * (40 + i * 3), vx: 0, vy: 0 }]));
  const k = Math.sqrt((width * height) / Math.max(1, nodes.length)) * 0.6;
  for (let it = 0; it < 200; it++) {
    const t = 1 - it / 200;
    for (const a of nodes) {
      const pa = pos.get(a.id);
      for (const b of nodes) {
        if (a === b) continue;
        const pb = pos.get(b.id);
        const dx = pa.x - pb.x, dy = pa.y - pb.y;
        const d2 = Math.max(dx * dx + dy * dy, 1);
        pa.vx += (dx / d2) * k * k * 0.02;
        pa.vy += (dy / d2) * k * k * 0.02;
      }
    }
    for (const e of edges) {
      const pa = pos.get(e.from), pb = pos.get(e.to);
      if (!pa || !pb) continue;
      const dx = pb.x - pa.x, dy = pb.y - pa.y;
      const d = Math.max(Math.hypot(dx, dy), 1);
      const f = ((d - k) / d) * 0.05;
      pa.vx += dx * f; pa.vy += dy * f; pb.vx -= dx * f; pb.vy -= dy * f;
    }
    for (const p of pos.values()) {
      p.vx += (width / 2 - p.x) * 0.03; p.vy += (height / 2 - p.y) * 0.03;
      p.x = Math.min(width - 20, Math.max(20, p.x + Math.max(-20, Math.min(20, p.vx)) * t));
      p.y = Math.min(height - 20, Math.max(20, p.y + Math.max(-20, Math.min(20, p.vy)) * t));
      p.vx *= 0.5; p.vy *= 0.5;
    }
  }
  return pos;
}

const kindColour = { organization: '#0b5cad', person: '#6a3d9a', country: '#33a02c', item: '#e6550d', 'control-entry': '#b15928' };

async function evidencePanel(panel, title, evidence) {
  fill(panel, h('h2', {}, title), h('ul', { id: 'evidence' }, evidence.map((ev) => {
    const li = h('li', {}, h('a', { href: `#/cable/${encodeURIComponent(ev.cable)}?p=${encodeURIComponent(ev.paragraph)}` }, `${ev.cable} ¶${ev.paragraph}`), ev.date ? ` (${ev.date})` : '');
    const more = h('button', { class: 'link', onclick: async () => {
      try {
        const c = await api('GET', `/api/cables/${encodeURIComponent(ev.cable)}`);
        const p = c.paragraphs.find((x) => x.number === ev.paragraph) ?? (ev.paragraph === 'subject' && c.subject ? { marking: c.subject.marking, text: c.subject.text } : null);
        more.replaceWith(p ? h('div', {}, badge(p.marking), h('pre', { class: 'text' }, p.text)) : h('p', { class: 'muted' }, 'not readable'));
      } catch (e) {
        more.replaceWith(errorBox(e));
      }
    } }, 'show the paragraph');
    li.append(' ', more);
    return li;
  })));
  panel.querySelector('a')?.focus();
}

async function networkView(params) {
  const filters = ['entity', 'country', 'item', 'control', 'from', 'to'];
  const inputs = Object.fromEntries(filters.map((f) => [f, h('input', { name: f, value: params.get(f) ?? '', placeholder: { from: 'YYYY-MM-DD', to: 'YYYY-MM-DD', control: '6A002.a.3' }[f] ?? '' })]));
  const form = h('form', { class: 'row', 'aria-label': 'Filter the network' }, filters.map((f) => h('label', {}, f, inputs[f])), h('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    go('/network', Object.fromEntries(filters.map((f) => [f, inputs[f].value.trim()])));
  });
  const panel = h('aside', { class: 'panel', id: 'net-panel', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Select an edge (click, or Tab and Enter) to see its evidence.'));
  const holder = h('div', {}, h('p', { class: 'muted' }, 'Loading…'));
  show(h('h1', {}, 'Proliferation network'), form, h('div', { class: 'net' }, holder, panel));
  let g;
  try {
    const q = new URLSearchParams(filters.filter((f) => params.get(f)).map((f) => [f, params.get(f)]));
    g = await api('GET', `/api/network?${q}`);
  } catch (e) {
    return fill(holder, errorBox(e));
  }
  const byId = new Map(g.entities.map((e) => [e.id, e]));
  const pathEdges = new Set();
  const pathNodes = new Set();
  for (const p of g.paths) for (const s of p.steps) {
    pathEdges.add(`${s.from}|${s.to}`);
    pathNodes.add(s.from); pathNodes.add(s.to);
  }
  const allEdges = g.relations.filter((r) => byId.has(r.from) && byId.has(r.to));
  // a readable drawing: the diversion paths' parties first, then the most connected, at most 80 nodes
  const degree = new Map();
  for (const r of allEdges) for (const id of [r.from, r.to]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const ranked = [...degree.keys()].sort((a, b) => Number(pathNodes.has(b)) - Number(pathNodes.has(a)) || degree.get(b) - degree.get(a));
  const shown = new Set(ranked.slice(0, 80));
  const edges = allEdges.filter((r) => shown.has(r.from) && shown.has(r.to));
  const nodes = g.entities.filter((e) => shown.has(e.id));
  const drawn = degree.size > shown.size ? h('p', { class: 'muted', id: 'net-note' }, `The drawing shows ${shown.size} of ${degree.size} connected entities (diversion paths first, then the most connected); filter above to focus, or open the table.`) : null;
  const W = 900, H = 640;
  const pos = layout(nodes, edges, W, H);
  const svg = h('svg', { class: 'graph', viewBox: `0 0 ${W} ${H}`, role: 'group', 'aria-label': `Network graph: ${nodes.length} entities, ${edges.length} relations` });
  const label = (id) => byId.get(id)?.name ?? id;
  const lines = [];
  for (const r of edges) {
    const a = pos.get(r.from), b = pos.get(r.to);
    if (!a || !b) continue;
    const onPath = pathEdges.has(`${r.from}|${r.to}`);
    const vis = h('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: onPath ? 'path' : '' });
    const name = `${label(r.from)} ${r.kind} ${label(r.to)}${r.item ? ` (${r.item})` : ''}`;
    const select = () => {
      for (const l of lines) l.classList.remove('selected');
      vis.classList.add('selected');
      evidencePanel(panel, name, r.evidence);
    };
    const hit = h('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: 'hit', tabindex: '0', role: 'button', 'aria-label': name, 'data-edge': `${r.from}|${r.to}`, onclick: select, onkeydown: (ev) => (ev.key === 'Enter' || ev.key === ' ') && (ev.preventDefault(), select()) }, h('title', {}, name));
    lines.push(vis);
    svg.append(vis, hit);
  }
  for (const n of nodes) {
    const p = pos.get(n.id);
    const select = () => evidencePanel(panel, `${n.name}${n.country ? ` (${n.country})` : ''} — ${n.kind}`, n.mentions ?? []);
    svg.append(h('g', {},
      h('circle', { cx: p.x, cy: p.y, r: 7, fill: kindColour[n.kind] ?? '#777', class: pathNodes.has(n.id) ? 'path' : '', tabindex: '0', role: 'button', 'aria-label': `${n.kind} ${n.name}`, onclick: select, onkeydown: (ev) => ev.key === 'Enter' && select() }, h('title', {}, n.name)),
      h('text', { x: p.x + 9, y: p.y + 4 }, n.name.length > 28 ? n.name.slice(0, 27) + '…' : n.name)));
  }
  const paths = g.paths.length
    ? h('ol', { id: 'paths' }, g.paths.map((p) => h('li', {}, h('strong', {}, p.countries.join(' → ')), p.controls.length ? ` (${p.controls.join(', ')})` : '', ': ',
        p.steps.map((s, i) => [i ? ' · ' : '', h('button', { class: 'link', onclick: () => evidencePanel(panel, `${label(s.from)} ${s.kind} ${label(s.to)}`, s.evidence) }, `${label(s.from)} → ${label(s.to)}`)]))))
    : h('p', { class: 'muted' }, 'No diversion path among what you may see.');
  const legend = h('p', { class: 'muted legend' }, Object.keys(kindColour).map((k) => [h('span', { class: `k-${k}` }, '●'), ` ${k}  `]), h('span', { class: 'k-path' }, '━'), ' diversion path');
  fill(holder, h('h2', {}, 'Diversion paths'), paths, drawn, nodes.length ? svg : h('p', { class: 'muted' }, 'No relations to show.'), legend,
    h('details', {}, h('summary', {}, `All ${allEdges.length} relations as a table`), h('div', { class: 'scroll' }, h('table', {}, h('tr', {}, h('th', {}, 'from'), h('th', {}, 'relation'), h('th', {}, 'to'), h('th', {}, 'evidence')),
      allEdges.map((r) => h('tr', {}, h('td', {}, label(r.from)), h('td', {}, r.kind + (r.item ? ` (${r.item})` : '')), h('td', {}, label(r.to)), h('td', {}, h('button', { class: 'link', onclick: () => evidencePanel(panel, `${label(r.from)} ${r.kind} ${label(r.to)}`, r.evidence) }, `${r.evidence.length} paragraph${r.evidence.length === 1 ? '' : 's'}`))))))));
}

// ---------- screening ----------
function matchesTable(matches) {
  if (!matches.length) return h('p', { class: 'verdict', id: 'screen-verdict' }, 'No hit above the alert threshold.');
  return h('div', {}, h('p', { class: 'verdict error', id: 'screen-verdict' }, `${matches.length} hit${matches.length === 1 ? '' : 's'}`),
    h('div', { class: 'scroll' }, h('table', { id: 'screen-matches' }, h('tr', {}, ['score', 'list', 'record', 'name', 'matched', 'why'].map((x) => h('th', {}, x))),
      matches.map((m) => h('tr', {}, h('td', {}, m.score.toFixed(3)), h('td', {}, `${m.list}${m.listDate ? ` (${m.listDate})` : ''}`), h('td', {}, m.id), h('td', {}, m.name), h('td', {}, m.matched),
        h('td', {}, m.citations?.length ? m.citations.map((c) => h('div', {}, h('a', { href: `#/cable/${encodeURIComponent(c.cable)}?p=${encodeURIComponent(c.paragraph)}` }, `${c.cable} ¶${c.paragraph}`))) : '',
          m.explanation ? h('details', {}, h('summary', {}, 'explanation'), h('pre', { class: 'text' }, JSON.stringify(m.explanation, null, 1))) : ''))))));
}

function screenView() {
  const out = h('div', { id: 'screen-out', 'aria-live': 'polite' });
  const name = h('input', { name: 'name', id: 'screen-name', class: 'wide', required: true, 'aria-label': 'Name to screen' });
  const country = h('input', { name: 'country', placeholder: 'optional', 'aria-label': 'Country' });
  const type = h('select', { name: 'type', 'aria-label': 'Type' }, h('option', { value: '' }, 'any'), h('option', { value: 'entity' }, 'entity'), h('option', { value: 'person' }, 'person'));
  const form = h('form', { class: 'row', 'aria-label': 'Screen a name' }, h('label', {}, 'Name', name), h('label', {}, 'Country', country), h('label', {}, 'Type', type), h('button', { type: 'submit' }, 'Screen'));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    fill(out, h('p', { class: 'muted' }, 'Screening… (the lists load on first use)'));
    try {
      const r = await api('POST', '/api/screen', { name: name.value, ...(country.value ? { country: country.value } : {}), ...(type.value ? { type: type.value } : {}) });
      fill(out, matchesTable(r.matches), h('p', { class: 'muted' }, `threshold ${r.threshold}; lists: ${r.lists.map((l) => `${l.list} ${l.date}`).join(', ')}`));
    } catch (e) {
      fill(out, errorBox(e));
    }
  });
  const file = h('input', { type: 'file', accept: '.csv,text/csv', id: 'batch-file', 'aria-label': 'CSV file with a name column' });
  const batchOut = h('div', { id: 'batch-out', 'aria-live': 'polite' });
  const batch = h('form', { class: 'row', 'aria-label': 'Batch screening' }, file, h('button', { type: 'submit' }, 'Screen the file'));
  batch.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const f = file.files?.[0];
    if (!f) return fill(batchOut, errorBox(new Error('choose a CSV file first')));
    fill(batchOut, h('p', { class: 'muted' }, 'Screening…'));
    try {
      const csv = await api('POST', '/api/screen/batch', await f.text(), 'text/csv');
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
      const rows = csv.trim().split('\n');
      fill(batchOut, h('p', {}, `${rows.length - 1} names screened, ${rows.slice(1).filter((r) => r.includes(',hit,')).length} hits. `, h('a', { href: url, download: 'screening-results.csv', id: 'batch-download' }, 'Download the results (CSV)')),
        h('pre', { class: 'text' }, rows.slice(0, 21).join('\n')));
    } catch (e) {
      fill(batchOut, errorBox(e));
    }
  });
  show(h('h1', {}, 'Screening'), form, out, h('h2', {}, 'Batch: a CSV with a name column (optional country, list)'), batch, batchOut);
  name.focus();
}

// ---------- licences ----------
function licenceView(params) {
  const item = h('input', { name: 'item', id: 'licence-item', value: params.get('item') ?? '', placeholder: '6A002.a.3 or 6.A.2.a.3', required: true });
  const to = h('input', { name: 'to', id: 'licence-to', value: params.get('to') ?? '', placeholder: 'CN, Iran, FRA', required: true });
  const out = h('div', { id: 'licence-out', 'aria-live': 'polite' });
  const form = h('form', { class: 'row', 'aria-label': 'Licence determination' }, h('label', {}, 'Control entry', item), h('label', {}, 'Destination', to), h('button', { type: 'submit' }, 'Determine'));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    try {
      const d = await api('GET', `/api/licence?${new URLSearchParams({ item: item.value, to: to.value })}`);
      const verdict = d.prohibited ? 'Licence required — PROHIBITED (embargo)' : d.licenceRequired === true ? 'Licence required' : d.licenceRequired === false ? 'No licence required under the Country Chart' : 'Conditional — settle the questions below';
      fill(out, 
        h('p', { class: `verdict ${d.prohibited || d.licenceRequired === true ? 'error' : ''}`, id: 'licence-verdict' }, `${d.entry} → ${d.destinationName ?? d.destination}: ${verdict}`),
        d.heading ? h('p', {}, d.heading) : null,
        h('div', { class: 'scroll' }, h('table', {}, h('tr', {}, h('th', {}, 'reason'), h('th', {}, 'column'), h('th', {}, 'applies'), h('th', {}, 'note')),
          (d.reasons ?? []).map((r) => h('tr', {}, h('td', {}, r.reason), h('td', {}, r.column ?? '-'), h('td', {}, String(r.applies)), h('td', {}, r.note ?? ''))))),
        d.questions?.length ? h('div', {}, h('h2', {}, 'Questions'), h('ul', {}, d.questions.map((q) => h('li', {}, `[${q.reason}] ${q.question}`)))) : null,
        d.eu?.note ? h('p', {}, h('strong', {}, 'EU exporter: '), d.eu.note) : null,
        h('h2', {}, 'Citations'), h('ul', {}, (d.citations ?? []).map((c) => h('li', {}, typeof c === 'string' ? c : JSON.stringify(c)))),
        h('p', { class: 'muted' }, `Editions: ${Object.values(d.editions ?? {}).join('; ') || d.edition || ''}`));
    } catch (e) {
      fill(out, errorBox(e));
    }
  });
  const cq = h('input', { name: 'q', class: 'wide', placeholder: 'e.g. focal plane arrays, 6A003', 'aria-label': 'Classify: entry or description' });
  const cout = h('div', { id: 'classify-out' });
  const cform = h('form', { class: 'row', 'aria-label': 'Classify' }, cq, h('button', { type: 'submit' }, 'Find entries'));
  cform.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    try {
      const r = await api('GET', `/api/classify?${new URLSearchParams({ q: cq.value })}`);
      fill(cout, r.matches.length ? h('ul', {}, r.matches.map((m) => h('li', {}, h('button', { class: 'link', onclick: () => { item.value = m.notations?.ccl ?? m.id; item.focus(); } }, m.id), ` ${m.heading ?? ''}`))) : h('p', { class: 'muted' }, 'No entry matches.'));
    } catch (e) {
      fill(cout, errorBox(e));
    }
  });
  show(h('h1', {}, 'Licence lookup'), form, out, h('h2', {}, 'Classify an item'), cform, cout);
  item.focus();
}

// ---------- actions ----------
async function actionsView(params) {
  const asOf = params.get('asOf') ?? new Date().toISOString().slice(0, 10);
  const date = h('input', { type: 'date', name: 'asOf', id: 'as-of', value: asOf });
  const post = h('input', { name: 'post', value: params.get('post') ?? '', placeholder: 'e.g. Paris' });
  const form = h('form', { class: 'row', 'aria-label': 'Actions as of a date' }, h('label', {}, 'As of', date), h('label', {}, 'Post', post), h('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    go('/actions', { asOf: date.value, post: post.value.trim() });
  });
  const board = h('div', { class: 'board', id: 'board' }, h('p', { class: 'muted' }, 'Loading…'));
  show(h('h1', {}, 'Actions board'), form, board);
  try {
    const r = await api('GET', `/api/actions?${new URLSearchParams({ asOf, ...(params.get('post') ? { post: params.get('post') } : {}) })}`);
    const byPost = new Map();
    for (const a of r.actions) for (const p of a.addressees.length ? a.addressees : ['(no addressee)']) {
      if (!byPost.has(p)) byPost.set(p, []);
      byPost.get(p).push(a);
    }
    const order = (a, b) => (a.due ?? '9999') < (b.due ?? '9999') ? -1 : (a.due ?? '9999') > (b.due ?? '9999') ? 1 : 0;
    fill(board, ...(byPost.size ? [...byPost.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([p, list]) => h('section', { class: 'card', 'aria-label': p },
      h('h2', {}, p),
      h('ol', {}, list.sort(order).map((a) => h('li', {},
        h('span', { class: `status-${a.status}` }, a.status), ' ', a.due ? h('strong', {}, `due ${a.due}`) : h('span', { class: 'muted' }, 'no due date'), ' · ',
        h('a', { href: `#/cable/${encodeURIComponent(a.cable)}${a.paragraphs[0] ? `?p=${encodeURIComponent(a.paragraphs[0])}` : ''}` }, a.cable),
        h('div', {}, a.request),
        a.deadlineText ? h('div', { class: 'muted' }, `“${a.deadlineText}”${a.received ? `, received ${a.received}` : ''}`) : null,
        a.replies.length ? h('div', {}, 'replies: ', a.replies.map((x, i) => [i ? ', ' : '', h('a', { href: `#/cable/${encodeURIComponent(x)}` }, x)])) : null))))) : [h('p', { class: 'muted' }, 'No action requests you may see.')]));
  } catch (e) {
    fill(board, errorBox(e));
  }
}

// ---------- admin ----------
async function adminView() {
  const users = h('div', { id: 'users' });
  const refresh = async () => {
    try {
      const r = await api('GET', '/api/users');
      fill(users, h('table', {}, h('tr', {}, ['name', 'clearance', 'citizenship', 'accesses', 'admin', ''].map((x) => h('th', {}, x))),
        r.users.map((u) => h('tr', {}, h('td', {}, u.name), h('td', {}, u.clearance), h('td', {}, u.citizenship), h('td', {}, u.accesses.join(', ')), h('td', {}, u.admin ? 'yes' : ''),
          h('td', {}, u.name === state.user.name ? '' : h('button', { class: 'secondary', onclick: async () => { if (confirm(`Remove ${u.name}?`)) { await api('DELETE', `/api/users/${encodeURIComponent(u.name)}`); refresh(); } } }, 'Remove'))))));
    } catch (e) {
      fill(users, errorBox(e));
    }
  };
  const f = { name: h('input', { name: 'name', required: true }), clearance: h('select', { name: 'clearance' }, ['U', 'C', 'S', 'TS'].map((l) => h('option', { value: l }, l))), citizenship: h('input', { name: 'citizenship', required: true, placeholder: 'USA' }), accesses: h('input', { name: 'accesses', placeholder: 'NODIS, EXDIS' }), password: h('input', { name: 'password', type: 'password', autocomplete: 'new-password', required: true, minlength: '12' }), admin: h('input', { type: 'checkbox', name: 'admin' }) };
  const msg = h('div', { 'aria-live': 'polite' });
  const add = h('form', { class: 'row', 'aria-label': 'Add a user' }, Object.entries(f).map(([k, el]) => h('label', {}, k, el)), h('button', { type: 'submit' }, 'Add user'));
  add.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    try {
      await api('POST', '/api/users', { name: f.name.value, clearance: f.clearance.value, citizenship: f.citizenship.value, accesses: f.accesses.value.split(/[,\s]+/).filter(Boolean), admin: f.admin.checked, password: f.password.value });
      fill(msg, h('p', {}, `added ${f.name.value}`));
      add.reset();
      refresh();
    } catch (e) {
      fill(msg, errorBox(e));
    }
  });
  const audit = h('div', { id: 'audit' });
  const verify = h('button', { onclick: async () => {
    try {
      const v = await api('GET', '/api/audit/verify');
      fill(audit, h('p', { class: v.ok ? '' : 'error' }, `${v.rows} rows: ${v.ok ? 'the chain is intact' : `BROKEN (${v.problems.length} problems)`}`), v.head ? h('p', { class: 'muted' }, `head ${v.head}`) : null);
    } catch (e) {
      fill(audit, errorBox(e));
    }
  } }, 'Verify the audit log');
  const cable = h('textarea', { rows: '8', cols: '80', 'aria-label': 'Cable text', class: 'wide' });
  const ingestOut = h('div');
  const ingest = h('form', { 'aria-label': 'Ingest a cable' }, cable, h('div', { class: 'row' }, h('button', { type: 'submit' }, 'Ingest')), ingestOut);
  ingest.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    try {
      const r = await api('POST', '/api/ingest', cable.value, 'text/plain');
      fill(ingestOut, h('p', {}, `${r.id}: ${r.outcome} (${r.diagnostics} diagnostics) `, h('a', { href: `#/cable/${encodeURIComponent(r.id)}` }, 'open')));
    } catch (e) {
      fill(ingestOut, errorBox(e));
    }
  });
  show(h('h1', {}, 'Administration'), h('h2', {}, 'Users'), users, add, msg, h('h2', {}, 'Audit log'), verify, audit, h('h2', {}, 'Ingest a cable'), ingest);
  refresh();
}

// ---------- router ----------
async function render() {
  const { parts, params } = route();
  const section = parts[0] ?? 'search';
  if (!state.user && section !== 'login') {
    try {
      const s = await api('GET', '/api/session');
      state.user = s.user;
      state.csrf = s.csrf;
      renderWho();
    } catch {
      state.after = location.hash;
      return loginView();
    }
  }
  markNav(section);
  switch (section) {
    case 'login': return loginView();
    case 'cable': return cableView(parts[1] ?? '', params);
    case 'network': return networkView(params);
    case 'screen': return screenView();
    case 'licence': return licenceView(params);
    case 'actions': return actionsView(params);
    case 'admin': return adminView();
    default: return searchView(params);
  }
}

window.addEventListener('hashchange', render);
document.addEventListener('keydown', (ev) => {
  const t = ev.target;
  if (ev.key === '/' && !(t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement)) {
    ev.preventDefault();
    const q = document.getElementById('q');
    if (q) q.focus();
    else go('/search');
  }
});
render();
