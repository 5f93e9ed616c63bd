// Vigie dashboard: filters, timeline, actor network, map, event table and article view over the
// JSON API of the same server. No framework; the DOM is built with createElement and textContent
// only (never innerHTML with data), and charts use ECharts with plain-text tooltips.
'use strict';

const LABELS = {
  fr: {
    from: 'Du', to: 'Au', actor: 'Acteur', source: 'Source', target: 'Cible', country: 'Pays',
    code: 'Code CAMEO', quad: 'Classe', language: 'Langue', text: 'Texte', all: 'Toutes',
    quad1: '1 coopération verbale', quad2: '2 coopération matérielle', quad3: '3 conflit verbal',
    quad4: '4 conflit matériel', apply: 'Appliquer', reset: 'Effacer', timeline: 'Chronologie',
    day: 'par jour', week: 'par semaine', month: 'par mois', network: 'Qui agit sur qui',
    map: 'Carte', actors: 'Acteurs les plus présents', events: 'Événements', date: 'Date',
    goldstein: 'Goldstein', place: 'Lieu', sentence: 'Phrase', previous: 'Précédents', next: 'Suivants',
    articleEvents: "Événements de l'article", trigger: 'Déclencheur', meanGoldstein: 'Goldstein moyen',
    summary: (d, e, a, b) => `${d} articles, ${e} événements` + (a ? `, du ${a} au ${b}` : ''),
    count: (n) => `(${n})`, page: (a, b, n) => `${a}–${b} sur ${n}`, noEvents: 'Aucun événement.',
    eventsIn: (n) => `${n} événements`, openArticle: "Ouvrir l'article d'origine", error: 'Erreur',
  },
  en: {
    from: 'From', to: 'To', actor: 'Actor', source: 'Source', target: 'Target', country: 'Country',
    code: 'CAMEO code', quad: 'Quad class', language: 'Language', text: 'Text', all: 'All',
    quad1: '1 verbal cooperation', quad2: '2 material cooperation', quad3: '3 verbal conflict',
    quad4: '4 material conflict', apply: 'Apply', reset: 'Clear', timeline: 'Timeline',
    day: 'per day', week: 'per week', month: 'per month', network: 'Who acts on whom',
    map: 'Map', actors: 'Most active actors', events: 'Events', date: 'Date',
    goldstein: 'Goldstein', place: 'Place', sentence: 'Sentence', previous: 'Previous', next: 'Next',
    articleEvents: 'Events of the article', trigger: 'Trigger', meanGoldstein: 'Mean Goldstein',
    summary: (d, e, a, b) => `${d} articles, ${e} events` + (a ? `, ${a} to ${b}` : ''),
    count: (n) => `(${n})`, page: (a, b, n) => `${a}–${b} of ${n}`, noEvents: 'No events.',
    eventsIn: (n) => `${n} events`, openArticle: 'Open the original article', error: 'Error',
  },
};
const QUAD_COLORS = ['#7fb800', '#2e8b57', '#f6a01a', '#d1342f'];
const PAGE = 50;
const FILTERS = ['from', 'to', 'actor', 'source', 'target', 'country', 'code', 'quad', 'lang', 'q'];

const state = { lang: initialLanguage(), offset: 0, summary: null, countryNames: {}, charts: {}, selected: null };
const $ = (id) => document.getElementById(id);

function initialLanguage() {
  const saved = localStorage.getItem('vigie.lang');
  if (saved === 'fr' || saved === 'en') return saved;
  return (navigator.language || 'fr').toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

function t(key, ...args) {
  const v = LABELS[state.lang][key];
  return typeof v === 'function' ? v(...args) : v;
}

function el(tag, text, className) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (className) e.className = className;
  return e;
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

function applyLabels() {
  document.documentElement.lang = state.lang;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  $('lang-toggle').textContent = state.lang === 'fr' ? 'EN' : 'FR';
}

// --- talking to the API ----------------------------------------------------------------------

function filterParams() {
  const p = new URLSearchParams();
  for (const name of FILTERS) {
    const v = $('filter-' + name).value.trim();
    if (v) p.set(name, v);
  }
  return p;
}

async function api(path, params) {
  const url = 'api/' + path + (params && [...params].length ? '?' + params : '');
  const r = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || r.status);
  return body;
}

function showError(e) {
  const box = $('error');
  box.textContent = e ? t('error') + ' : ' + e.message : '';
  box.hidden = !e;
}

async function refresh() {
  state.offset = 0;
  showError(null);
  try {
    await Promise.all([loadTimeline(), loadNetwork(), loadMap(), loadActors(), loadEvents()]);
  } catch (e) {
    showError(e);
  }
  // how many refreshes have finished: lets a browser test wait for the views to update
  document.body.dataset.refreshes = String(Number(document.body.dataset.refreshes || 0) + 1);
}

// --- summary and filters ------------------------------------------------------------------------

async function loadSummary() {
  const s = await api('summary');
  state.summary = s;
  renderSummary();
  const select = $('filter-lang');
  for (const l of s.languages) select.appendChild(el('option', l)).value = l;
}

function renderSummary() {
  const s = state.summary;
  if (s) $('summary').textContent = t('summary', s.documents, s.events, s.first_day, s.last_day);
}

function setFilter(values) {
  for (const [name, v] of Object.entries(values)) $('filter-' + name).value = v;
  refresh();
}

// --- timeline -------------------------------------------------------------------------------------

async function loadTimeline() {
  const p = filterParams();
  p.set('interval', $('interval').value);
  const data = await api('timeline', p);
  const node = $('timeline');
  node.dataset.buckets = data.buckets.length;
  node.dataset.events = data.buckets.reduce((n, b) => n + b.events, 0);
  const series = [1, 2, 3, 4].map((q) => ({
    name: t('quad' + q), type: 'bar', stack: 'quad', color: QUAD_COLORS[q - 1], barMaxWidth: 24,
    data: data.buckets.map((b) => [b.date, b.quad[q - 1]]),
  }));
  series.push({ name: t('meanGoldstein'), type: 'line', yAxisIndex: 1, color: '#444', symbolSize: 5,
    data: data.buckets.map((b) => [b.date, b.goldstein]) });
  chart('timeline').setOption({
    animation: false,
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    legend: { top: 0, textStyle: { fontSize: 10 } },
    grid: { left: 40, right: 40, top: 50, bottom: 30 },
    xAxis: { type: 'time' },
    yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', min: -10, max: 10 }],
    series,
  }, true);
  chart('timeline').off('click');
  chart('timeline').on('click', (e) => {
    const start = e.value[0];
    setFilter({ from: start, to: bucketEnd(start, data.interval) });
  });
}

function bucketEnd(start, interval) {
  const d = new Date(start + 'T00:00:00Z');
  if (interval === 'week') d.setUTCDate(d.getUTCDate() + 6);
  if (interval === 'month') { d.setUTCMonth(d.getUTCMonth() + 1); d.setUTCDate(0); }
  return d.toISOString().slice(0, 10);
}

function chart(id) {
  if (!state.charts[id]) state.charts[id] = echarts.init($(id), null, { renderer: 'canvas' });
  return state.charts[id];
}

// --- network ----------------------------------------------------------------------------------------

async function loadNetwork() {
  const p = filterParams();
  p.set('limit', '60');
  const data = await api('network', p);
  const max = Math.max(1, ...data.nodes.map((n) => n.events));
  const nodes = data.nodes.map((n) => ({
    id: n.code, name: n.code, value: n.events, symbolSize: 8 + 30 * Math.sqrt(n.events / max),
    label: { show: true, fontSize: 10 }, full: n.name || n.code,
  }));
  const links = data.edges.map((e) => ({
    source: e.source, target: e.target, value: e.events, goldstein: e.goldstein,
    lineStyle: { width: 1 + Math.log2(1 + e.events), color: e.goldstein < 0 ? '#d1342f' : '#2e8b57', opacity: 0.7 },
  }));
  $('network').dataset.edges = links.length;
  chart('network').setOption({
    animation: false,
    tooltip: {
      renderMode: 'richText',
      formatter: (x) => x.dataType === 'edge'
        ? `${x.data.source} → ${x.data.target}: ${t('eventsIn', x.data.value)}, Goldstein ${x.data.goldstein}`
        : `${x.data.id} ${x.data.full}: ${t('eventsIn', x.data.value)}`,
    },
    series: [{ type: 'graph', layout: 'force', roam: true, draggable: true, edgeSymbol: ['none', 'arrow'],
      edgeSymbolSize: 6, force: { repulsion: 120, edgeLength: 70 }, data: nodes, links }],
  }, true);
  chart('network').off('click');
  chart('network').on('click', (x) => {
    if (x.dataType === 'edge') setFilter({ source: x.data.source, target: x.data.target, actor: '' });
    else setFilter({ actor: x.data.id, source: '', target: '' });
  });
}

// --- map -------------------------------------------------------------------------------------------

async function loadWorld() {
  const r = await fetch('world.geo.json');
  const world = await r.json();
  for (const f of world.features) state.countryNames[f.properties.name] = f.properties;
  echarts.registerMap('world', world);
}

function countryName(code) {
  const c = state.countryNames[code];
  return c ? c[state.lang] : code;
}

async function loadMap() {
  const data = await api('map', filterParams());
  const max = Math.max(1, ...data.countries.map((c) => c.events));
  $('map').dataset.countries = data.countries.length;
  chart('map').setOption({
    animation: false,
    tooltip: { renderMode: 'richText', formatter: (x) => x.seriesType === 'scatter'
      ? `${x.data.place}: ${t('eventsIn', x.data.value[2])}`
      : `${countryName(x.name)}: ${t('eventsIn', x.value || 0)}` },
    visualMap: { min: 0, max, left: 5, bottom: 5, itemHeight: 80, calculable: false, seriesIndex: 0,
      inRange: { color: ['#e3ecf9', '#1f5fbf'] }, textStyle: { fontSize: 10 } },
    geo: { map: 'world', roam: true, zoom: 1.2, itemStyle: { areaColor: '#f0f1f4', borderColor: '#b9bfcc' },
      emphasis: { label: { show: false } } },
    series: [
      { type: 'map', geoIndex: 0, data: data.countries.map((c) => ({ name: c.country, value: c.events })) },
      { type: 'scatter', coordinateSystem: 'geo', symbolSize: (v) => 4 + 3 * Math.sqrt(v[2]),
        itemStyle: { color: '#d1342f', opacity: 0.8 },
        data: data.places.map((p) => ({ place: p.name, value: [p.lon, p.lat, p.events] })) },
    ],
  }, true);
  chart('map').off('click');
  chart('map').on('click', (x) => {
    if (x.componentType === 'geo' || x.seriesType === 'map') setFilter({ country: x.name });
  });
}

// --- actors ------------------------------------------------------------------------------------------

async function loadActors() {
  const p = filterParams();
  p.set('limit', '20');
  const data = await api('actors', p);
  const list = $('actors');
  clear(list);
  for (const a of data.items) {
    const li = el('li', `${a.code}${a.name ? ' ' + a.name : ''} (${a.events})`);
    li.title = `${t('source')} ${a.as_source}, ${t('target')} ${a.as_target}, Goldstein ${a.goldstein}`;
    li.addEventListener('click', () => setFilter({ actor: a.code, source: '', target: '' }));
    list.appendChild(li);
  }
}

// --- events table ------------------------------------------------------------------------------------

async function loadEvents() {
  const p = filterParams();
  p.set('limit', String(PAGE));
  p.set('offset', String(state.offset));
  const data = await api('events', p);
  const body = $('events-table').tBodies[0];
  clear(body);
  $('events-table').dataset.total = data.total;
  $('events-count').textContent = t('count', data.total);
  if (data.items.length === 0) {
    const row = body.insertRow();
    const cell = row.insertCell();
    cell.colSpan = 7;
    cell.textContent = t('noEvents');
  }
  for (const e of data.items) {
    const row = body.insertRow();
    row.dataset.docKey = e.doc_key;
    row.dataset.eventId = e.event_id;
    row.insertCell().textContent = e.date || '';
    row.insertCell().textContent = e.source.code;
    row.insertCell().textContent = e.code;
    row.insertCell().textContent = e.target.code;
    row.insertCell().textContent = e.goldstein;
    row.insertCell().textContent = e.location ? e.location.name : '';
    const cell = row.insertCell();
    cell.className = 'sentence';
    cell.textContent = e.sentence;
    cell.title = e.title || '';
    row.addEventListener('click', () => openArticle(e.doc_key, e.event_id, row));
  }
  const last = state.offset + data.items.length;
  $('page').textContent = data.total ? t('page', state.offset + 1, last, data.total) : '';
  $('prev').disabled = state.offset === 0;
  $('next').disabled = last >= data.total;
}

async function page(delta) {
  state.offset = Math.max(0, state.offset + delta);
  try {
    await loadEvents();
  } catch (e) {
    showError(e);
  }
}

// --- article view --------------------------------------------------------------------------------------

async function openArticle(docKey, eventId, row) {
  for (const r of document.querySelectorAll('#events-table tr.selected')) r.classList.remove('selected');
  if (row) row.classList.add('selected');
  let doc;
  try {
    doc = await api('documents/' + encodeURIComponent(docKey));
  } catch (e) {
    showError(e);
    return;
  }
  state.selected = doc;
  const panel = $('article-panel');
  panel.hidden = false;
  panel.dataset.docKey = doc.doc_key;
  $('article-title').textContent = doc.title || doc.doc_id;
  const meta = $('article-meta');
  clear(meta);
  meta.appendChild(document.createTextNode([doc.date, doc.outlet, doc.lang, doc.doc_id].filter(Boolean).join(' · ')));
  if (doc.url && /^https?:\/\//i.test(doc.url)) {
    meta.appendChild(document.createTextNode(' · '));
    const a = el('a', t('openArticle'));
    a.href = doc.url;
    a.rel = 'noopener noreferrer';
    a.target = '_blank';
    meta.appendChild(a);
  }
  const list = $('article-events');
  clear(list);
  for (const e of doc.events) {
    const li = el('li', `${e.code} ${e.source.code} → ${e.target.code} : « ${e.trigger.text} »`);
    li.dataset.eventId = e.event_id;
    li.addEventListener('click', () => selectEvent(e.event_id));
    list.appendChild(li);
  }
  selectEvent(eventId);
  panel.scrollIntoView({ behavior: 'auto', block: 'start' });
}

/** Shows the article text with the chosen event's source, target and trigger highlighted. */
function selectEvent(eventId) {
  const doc = state.selected;
  const event = doc.events.find((e) => e.event_id === eventId) || doc.events[0];
  for (const li of $('article-events').children) li.classList.toggle('selected', event && li.dataset.eventId === event.event_id);
  const spans = [];
  for (const e of doc.events) spans.push({ start: e.trigger.start, end: e.trigger.end, cls: 'event' });
  if (event) {
    for (const role of ['source', 'target']) {
      if (event[role].start !== null) spans.push({ start: event[role].start, end: event[role].end, cls: role });
    }
    spans.push({ start: event.trigger.start, end: event.trigger.end, cls: 'trigger' });
  }
  renderHighlighted($('article-text'), doc.text, spans);
  $('article-panel').dataset.eventId = event ? event.event_id : '';
}

/** Cuts text at every span boundary; each piece inside spans becomes a mark with their classes. */
function renderHighlighted(node, text, spans) {
  clear(node);
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const piece = text.slice(a, b);
    const covering = valid.filter((s) => s.start <= a && s.end >= b).map((s) => s.cls);
    if (covering.length === 0) {
      node.appendChild(document.createTextNode(piece));
    } else {
      // the most specific role wins the colour: trigger over source/target over other events
      const cls = ['trigger', 'source', 'target', 'event'].find((c) => covering.includes(c));
      node.appendChild(el('mark', piece, cls));
    }
  }
}

// --- start ---------------------------------------------------------------------------------------------

async function main() {
  applyLabels();
  $('lang-toggle').addEventListener('click', () => {
    state.lang = state.lang === 'fr' ? 'en' : 'fr';
    localStorage.setItem('vigie.lang', state.lang);
    applyLabels();
    renderSummary();
    refresh();
  });
  $('filters').addEventListener('submit', (e) => {
    e.preventDefault();
    refresh();
  });
  $('reset').addEventListener('click', () => {
    for (const name of FILTERS) $('filter-' + name).value = '';
    refresh();
  });
  $('interval').addEventListener('change', () => loadTimeline().catch(showError));
  $('prev').addEventListener('click', () => page(-PAGE));
  $('next').addEventListener('click', () => page(PAGE));
  window.addEventListener('resize', () => Object.values(state.charts).forEach((c) => c.resize()));
  try {
    await Promise.all([loadSummary(), loadWorld()]);
  } catch (e) {
    showError(e);
  }
  await refresh();
}

document.addEventListener('DOMContentLoaded', main);
