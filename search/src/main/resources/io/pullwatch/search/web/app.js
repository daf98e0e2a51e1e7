'use strict';
// The Pullwatch search page: plain browser JavaScript, no libraries, nothing loaded from elsewhere.
(function () {
  const FACETS = ['store', 'platform', 'lang', 'sentiment', 'aspect', 'initiative'];
  const SENTIMENTS = ['positive', 'neutral', 'negative', 'unknown'];
  const PAGE = 10;
  const state = { filters: {}, offset: 0 };
  const $ = (id) => document.getElementById(id);

  const tokenInput = $('token');
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('token');
  tokenInput.value = fromHash || localStorage.getItem('pullwatch.token') || '';
  tokenInput.addEventListener('change', () => { localStorage.setItem('pullwatch.token', tokenInput.value); run(); });

  function params(extra) {
    const p = new URLSearchParams();
    const q = $('q').value.trim();
    if (q) p.set('q', q);
    for (const [field, values] of Object.entries(state.filters)) values.forEach((v) => p.append(field, v));
    for (const [k, v] of Object.entries(extra || {})) if (v !== '' && v != null) p.set(k, v);
    return p;
  }

  async function api(path, p) {
    const response = await fetch('/api/' + path + '?' + p, { headers: { Authorization: 'Bearer ' + tokenInput.value } });
    const body = await response.json();
    if (!response.ok) throw new Error(body.error || ('HTTP ' + response.status));
    return body;
  }

  function showError(message) {
    $('error').textContent = message;
    $('error').hidden = !message;
  }

  async function run() {
    showError('');
    try {
      const [results, facets, histogram] = await Promise.all([
        api('search', params({ sort: $('sort').value, offset: state.offset, size: PAGE })),
        api('facets', params()),
        api('histogram', params()),
      ]);
      renderResults(results);
      renderFacets(facets);
      renderChart(histogram);
    } catch (e) {
      showError(e.message);
    }
  }

  function renderResults(r) {
    const total = r.total.toLocaleString('en') + (r.totalIsExact ? '' : '+');
    $('summary').textContent = r.total === 0 ? 'No feedback matches.'
      : total + ' results, showing ' + (r.offset + 1) + '–' + (r.offset + r.hits.length);
    const list = $('results');
    list.replaceChildren();
    list.start = r.offset + 1;
    for (const hit of r.hits) {
      const f = hit.feedback;
      const item = document.createElement('li');
      item.className = 'result';
      item.dataset.id = hit.id;
      if (hit.highlights.title) {
        const title = document.createElement('div');
        title.className = 'title';
        title.innerHTML = hit.highlights.title; // escaped by the server, only <mark> added
        item.append(title);
      }
      const text = document.createElement('div');
      text.className = 'text';
      text.innerHTML = hit.highlights.text || '';
      const source = f.review || f.mention || {};
      const meta = document.createElement('div');
      meta.className = 'meta';
      meta.textContent = [f.storeId || 'no store', source.platform, (source.createdAt || '').replace('T', ' ').slice(0, 16),
        f.sentiment ? f.sentiment.label : 'unknown sentiment', source.rating ? source.rating + '★' : null]
        .filter(Boolean).join(' · ');
      item.append(text, meta);
      list.append(item);
    }
    $('prev').disabled = r.offset === 0;
    $('next').disabled = r.offset + r.hits.length >= r.total;
  }

  function renderFacets(f) {
    const aside = $('facets');
    aside.replaceChildren();
    for (const field of FACETS) {
      const buckets = f.facets[field] || [];
      const selected = state.filters[field] || [];
      if (buckets.length === 0 && selected.length === 0) continue;
      const section = document.createElement('section');
      section.dataset.facet = field;
      const heading = document.createElement('h2');
      heading.textContent = field === 'lang' ? 'language' : field;
      const list = document.createElement('ul');
      for (const b of buckets) {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'facet' + (selected.includes(b.value) ? ' selected' : '');
        button.dataset.value = b.value;
        const count = document.createElement('span');
        count.className = 'count';
        count.textContent = b.count.toLocaleString('en');
        button.append(document.createTextNode(b.value), count);
        button.addEventListener('click', () => toggle(field, b.value));
        const li = document.createElement('li');
        li.append(button);
        list.append(li);
      }
      section.append(heading, list);
      aside.append(section);
    }
  }

  function toggle(field, value) {
    const values = state.filters[field] || [];
    state.filters[field] = values.includes(value) ? values.filter((v) => v !== value) : values.concat(value);
    if (state.filters[field].length === 0) delete state.filters[field];
    state.offset = 0;
    run();
  }

  function renderChart(h) {
    const svg = $('chart');
    const ns = 'http://www.w3.org/2000/svg';
    svg.replaceChildren();
    const width = svg.clientWidth || 600;
    const height = 140;
    const max = Math.max(1, ...h.buckets.map((b) => b.total));
    const barWidth = h.buckets.length ? width / h.buckets.length : width;
    h.buckets.forEach((b, i) => {
      let y = height;
      for (const s of SENTIMENTS) {
        if (!b[s]) continue;
        const barHeight = (b[s] / max) * height;
        y -= barHeight;
        const rect = document.createElementNS(ns, 'rect');
        rect.setAttribute('class', 'bar ' + s);
        rect.setAttribute('x', (i * barWidth).toFixed(1));
        rect.setAttribute('y', y.toFixed(1));
        rect.setAttribute('width', Math.max(1, barWidth - 1).toFixed(1));
        rect.setAttribute('height', barHeight.toFixed(1));
        const tip = document.createElementNS(ns, 'title');
        tip.textContent = b.start + ': ' + b[s] + ' ' + s;
        rect.append(tip);
        svg.append(rect);
      }
    });
    svg.dataset.buckets = String(h.buckets.length);
  }

  $('search-form').addEventListener('submit', (e) => { e.preventDefault(); state.offset = 0; run(); });
  $('sort').addEventListener('change', () => { state.offset = 0; run(); });
  $('prev').addEventListener('click', () => { state.offset = Math.max(0, state.offset - PAGE); run(); });
  $('next').addEventListener('click', () => { state.offset += PAGE; run(); });
  if (tokenInput.value) run();
})();
