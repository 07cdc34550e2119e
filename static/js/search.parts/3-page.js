/* newsarchive search page: search.html?q=QUERY[&district=…&year=…&kind=…]
 *
 * Runs the query (search-core.js, scored by lunr.js, over the data files
 * 1-data.js loads), renders the ranked results, facets and snippets with DOM
 * text nodes and <mark> (never innerHTML of article text), and keeps the URL
 * in step with history.pushState / popstate.
 *
 * Page contract: #search-results holds one <a> per result, in rank order,
 * whose href is the article's url; #search-empty is shown when nothing is
 * found; #search-results gets data-state="done" once the answer is on screen.
 * Plain ES2017.
 */
(function () {
  'use strict';

  var core = window.NewsArchiveSearchCore;
  var FACETS = ['district', 'year', 'kind'];

  var results = document.getElementById('search-results');
  if (!results || !core) return;
  var root = results.getAttribute('data-root') || '';
  var pageSize = Number(results.getAttribute('data-page-size')) || 20;
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-input');
  var status = document.getElementById('search-status');
  var empty = document.getElementById('search-empty');
  var facetBox = document.getElementById('search-facets');
  var moreBox = document.getElementById('search-more');
  var moreButton = moreBox ? moreBox.querySelector('button') : null;

  var data = window.NewsArchiveSearchData.open(core, root);
  var manifest = data.manifest;
  var answer = data.answer;
  var prepare = data.prepare;
  var guessFirst = data.guessFirst;
  var loadResult = data.loadResult;
  // snippets cut from the article pages follow their results (2-snippets.js)
  var following = data.snippetsFollow && data.snippets
    ? window.NewsArchiveSnippets.follow(data.resultText, fillSnippet)
    : null;
  var facets = null;      // the facet table, once loaded

  function loadFacets() {
    return data.loadFacets().then(function (table) {
      facets = table;
      return table;
    });
  }

  /* ------------------------------------------------------------ URL state */

  function readState() {
    var params = new URLSearchParams(window.location.search);
    var state = {q: params.get('q') || ''};
    FACETS.forEach(function (f) { state[f] = params.get(f) || ''; });
    return state;
  }

  function stateUrl(state) {
    var params = new URLSearchParams();
    if (state.q) params.set('q', state.q);
    FACETS.forEach(function (f) { if (state[f]) params.set(f, state[f]); });
    var qs = params.toString();
    return window.location.pathname.split('/').pop() + (qs ? '?' + qs : '');
  }

  function go(state) {
    var url = stateUrl(state);
    if (!window.history.pushState) {
      navigate(url);
      return;
    }
    show(state, function () {
      try {
        window.history.pushState(state, '', url);
      } catch (err) {
        navigate(url);  // a browser that refuses the entry (some do from file://) loads the address
      }
    });
  }

  function navigate(url) {
    var at = url.indexOf('?');
    window.location.search = at < 0 ? '' : url.slice(at);
  }

  /* ------------------------------------------------------------ rendering */

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) {
      node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return node;
  }

  function marked(parts) {
    var frag = document.createDocumentFragment();
    parts.forEach(function (p) {
      frag.appendChild(p.mark ? el('mark', {}, [p.text]) : document.createTextNode(p.text));
    });
    return frag;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function setStatus(text) {
    status.textContent = text;
  }

  function showEmpty(parts) {
    clear(empty);
    parts.forEach(function (p) {
      empty.appendChild(typeof p === 'string' ? document.createTextNode(p) : p);
    });
    empty.hidden = false;
  }

  function facetValue(ref, facet) {
    var row = facets.rows[Number(ref)];
    if (facet === 'year') return row[0] ? String(row[0]) : '';
    if (facet === 'district') return row[1] >= 0 ? facets.districts[row[1]] : '';
    return facets.kinds[row[2]];
  }

  function facetLabel(facet, value) {
    if (facet === 'kind') return manifest.store.kindLabels[value] || value;
    if (facet === 'year') return value ? value + '年' : '年份不详';
    return value || '地区不详';
  }

  function passes(ref, state, except) {
    return FACETS.every(function (f) {
      if (f === except || !state[f]) return true;
      var v = facetValue(ref, f);
      return state[f] === '-' ? v === '' : v === state[f];
    });
  }

  var FACET_TITLES = {district: '地区', year: '年份', kind: '类别'};

  function renderFacets(hits, state) {
    clear(facetBox);
    facetBox.setAttribute('data-state', 'done');
    if (!hits.length) {
      facetBox.hidden = true;
      return;
    }
    facetBox.appendChild(el('h2', {}, ['筛选结果']));
    FACETS.forEach(function (facet) {
      var counts = Object.create(null);
      var order = [];
      var total = 0;
      hits.forEach(function (h) {
        if (!passes(h.ref, state, facet)) return;
        total++;
        var v = facetValue(h.ref, facet);
        if (counts[v] === undefined) {
          counts[v] = 0;
          order.push(v);
        }
        counts[v]++;
      });
      order.sort(function (a, b) {
        if (facet === 'year') return (b || '0') < (a || '0') ? -1 : (b || '0') > (a || '0') ? 1 : 0;
        if (facet === 'kind') return facets.kinds.indexOf(a) - facets.kinds.indexOf(b);
        return counts[b] - counts[a] || (a < b ? -1 : a > b ? 1 : 0);
      });
      var headingId = 'facet-' + facet;
      var list = el('ul', {'aria-labelledby': headingId});
      var all = Object.assign({}, state);
      all[facet] = '';
      list.appendChild(facetItem('全部', total, all, !state[facet]));
      order.forEach(function (v) {
        var next = Object.assign({}, state);
        next[facet] = v === '' ? '-' : v;
        var current = state[facet] === next[facet];
        list.appendChild(facetItem(facetLabel(facet, v), counts[v], next, current));
      });
      facetBox.appendChild(el('div', {'class': 'facet'}, [el('h3', {id: headingId}, [FACET_TITLES[facet]]), list]));
    });
    facetBox.hidden = false;
  }

  function facetItem(label, count, state, current) {
    var attrs = {href: stateUrl(state)};
    if (current) attrs['aria-current'] = 'true';
    var a = el('a', attrs, [label, ' ', el('span', {'class': 'count'}, ['(' + count + ')'])]);
    a.addEventListener('click', function (ev) {
      if (ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.button) return;
      ev.preventDefault();
      go(state);
    });
    return el('li', {}, [a]);
  }

  function renderHit(hit, row, t2s) {
    var title = row[0], url = row[1], date = row[2], district = row[3], kind = row[4], text = row[5];
    var meta = [];
    if (date) meta.push(date);
    if (district) meta.push(district);
    meta.push(facetLabel('kind', kind));
    var link = el('a', {href: root + url}, [marked(core.highlight(title, hit.terms, t2s))]);
    var parts = [el('h2', {'class': 'entry-title'}, [link]), el('p', {'class': 'entry-meta'}, [meta.join(' · ')])];
    if (following) {
      // its room kept until its article page is in
      var slot = el('p', {'class': 'search-snippet', 'data-pending': ''}, []);
      following.add(slot, {hit: hit, row: row, t2s: t2s});
      parts.push(slot);
    } else if (text !== null && text !== undefined) {
      // (no text: an archive whose search data leaves texts to the article pages, opened from file://)
      parts.push(snippet(text, hit, t2s));
    }
    return el('li', {'class': 'entry search-hit'}, parts);
  }

  function snippet(text, hit, t2s) {
    return el('p', {'class': 'search-snippet'}, [marked(core.snippet(text, hit.terms, t2s, 140))]);
  }

  /* A followed snippet's text is in (null: its page could not be read). */
  function fillSnippet(slot, text, entry) {
    if (text === null) slot.parentNode.removeChild(slot);
    else slot.parentNode.replaceChild(snippet(text, entry.hit, entry.t2s), slot);
  }

  var current = {hits: [], shown: 0, state: null, t2s: null, token: 0, onScreen: null};

  /* Show results up to ``upTo``, each as soon as it and every result above it
   * have their document: the first result does not wait for the tenth.  Where
   * snippets follow from the article pages, the promise waits for those of
   * the results in the window.
   * The first result's file is asked for alone and the others once it is
   * on screen: requests sent together share the connection, the server and
   * the page's time, and the first would wait for its share of all ten. */
  function renderPage(upTo) {
    var slice = current.hits.slice(current.shown, upTo);
    var token = current.token;
    var rows = new Array(slice.length);
    var next = 0;
    function flush() {
      while (next < slice.length && rows[next] !== undefined) {
        results.appendChild(renderHit(slice[next], rows[next], current.t2s));
        next++;
        current.shown++;
        if (current.onScreen) current.onScreen();
      }
    }
    function place(i) {
      return loadResult(slice[i].ref).then(function (row) {
        if (token !== current.token) return;
        rows[i] = row;
        flush();
      });
    }
    var lead = slice.length ? place(0) : Promise.resolve();
    var settled = lead.then(function () {}, function () {});
    return Promise.all([lead].concat(slice.slice(1).map(function (hit, i) {
      return settled.then(function () {
        if (token === current.token) return place(i + 1);
      });
    }))).then(function () {
      if (token !== current.token) return null;
      if (moreBox) moreBox.hidden = current.shown >= current.hits.length;
      return following ? following.placed() : null;
    });
  }

  function finish(state) {
    results.setAttribute('data-state', state);
    results.setAttribute('aria-busy', 'false');
  }

  /* Run the search the URL describes and render it; ``record`` (optional)
   * writes the history entry.  The title and the history entry follow the
   * answer's first line on screen, in a task of their own: the browser's
   * work for them (a new entry, a favicon check) would otherwise hold up
   * the query's files and the first result.  data-state follows them, so
   * whoever sees it sees the new address.  A query left for a newer one
   * before its answer shows writes neither. */
  function show(state, record) {
    var token = ++current.token;
    var q = state.q.trim();
    var onScreen;
    var recorded = new Promise(function (resolve) {
      onScreen = current.onScreen = function () {
        if (token !== current.token || current.onScreen !== onScreen) return;
        current.onScreen = null;
        setTimeout(function () {
          document.title = (q ? q + ' · ' : '') + results.getAttribute('data-title');
          if (record) record();
          resolve();
        }, 0);
      };
    });
    /* The answer is on screen: its title and address follow, then its state. */
    function settle(name) {
      onScreen();
      return recorded.then(function () {
        if (token === current.token) finish(name);
      });
    }
    // a filtered query needs the facet table before its results; otherwise
    // the results come first and the facet counts follow
    var filtered = FACETS.some(function (f) { return state[f]; });
    // the files the query needs are asked for before the page is reset, so
    // they travel while it is
    var answered = q ? answer(q, filtered ? null : guessFirst(q)) : null;
    if (answered && filtered) {
      answered = Promise.all([answered, loadFacets()]).then(function (both) { return both[0]; });
    }
    input.value = state.q;
    var header = document.getElementById('site-search-q');
    if (header) header.value = state.q;
    clear(results);
    if (following) following.clear();
    results.setAttribute('data-state', 'loading');
    results.setAttribute('aria-busy', 'true');
    empty.hidden = true;
    facetBox.hidden = true;
    facetBox.removeAttribute('data-state');
    if (moreBox) moreBox.hidden = true;
    if (moreButton) moreButton.disabled = false;
    if (!q) {
      setStatus('输入关键词开始搜索。');
      return settle('done');
    }
    setStatus('正在搜索…');
    function showFacets(all) {
      return loadFacets().then(function () {
        if (token === current.token) renderFacets(all, state);
      }, function () { /* the results stand without facet counts */ });
    }
    return answered.then(function (got) {
      if (token !== current.token) return null;
      var t2s = got.eng.t2s;
      var parsed = got.found.parsed;
      if (!parsed.meaningful) {
        setStatus('没有可以搜索的词。');
        showEmpty(['“', q, '”只包含标点符号或常用虚词，请输入要查找的词语，例如人名、地区或单位。']);
        return settle('done');
      }
      var all = got.found.hits;
      var hits = filtered ? all.filter(function (h) { return passes(h.ref, state, null); }) : all;
      current.hits = hits;
      current.shown = 0;
      current.state = state;
      current.t2s = t2s;
      if (!hits.length) {
        setStatus('没有找到结果。');
        showEmpty(all.length > 0
          ? ['在所选筛选条件下没有与“', q, '”相关的文章。']
          : ['没有找到与“', q, '”相关的文章。请换一个词，或检查是否有错别字。']);
        return settle('done').then(function () { return showFacets(all); });
      }
      var partial = hits.filter(function (h) { return h.chunks < parsed.chunks.length; }).length;
      setStatus('找到 ' + hits.length + ' 篇与“' + q + '”相关的文章' +
        (partial ? '（其中 ' + partial + ' 篇只包含部分关键词，排在后面）' : '') + '。' +
        (data.snippets ? '' : '从本地文件打开时，结果不显示正文摘要。'));
      return renderPage(pageSize).then(function () {
        if (token !== current.token) return null;
        return settle('done').then(function () { return showFacets(all); });
      });
    }).catch(function (err) {
      if (token !== current.token) return;
      setStatus('搜索出错：' + (err && err.message ? err.message : String(err)));
      return settle('error');
    });
  }

  /* ------------------------------------------------------------ events */

  function onSubmit(ev) {
    ev.preventDefault();
    var field = ev.currentTarget.querySelector('input[name="q"]');
    go({q: field ? field.value : '', district: '', year: '', kind: ''});
  }

  /* While a query is typed, the index chunks its words need are loaded: when
   * it is sent, its answer waits for the document files alone. */
  var typing = null;
  input.addEventListener('input', function () {
    clearTimeout(typing);
    var q = input.value.trim();
    if (!q || !manifest) return;
    typing = setTimeout(function () { prepare(q).catch(function () { /* the search will say */ }); }, 120);
  });

  form.addEventListener('submit', onSubmit);
  var headerForm = document.querySelector('form.site-search');
  if (headerForm) headerForm.addEventListener('submit', onSubmit);

  if (moreButton) {
    moreButton.addEventListener('click', function () {
      // one page at a time: a second click while one loads would show its results twice
      if (moreButton.disabled) return;
      moreButton.disabled = true;
      var first = current.shown;
      var token = current.token;
      renderPage(current.shown + pageSize).then(function () {
        if (token !== current.token) return;
        moreButton.disabled = false;
        var link = results.children[first] && results.children[first].querySelector('a');
        if (link) link.focus();
      }, function (err) {
        moreButton.disabled = false;
        setStatus('搜索出错：' + (err && err.message ? err.message : String(err)));
      });
    });
  }

  window.addEventListener('popstate', function () { show(readState()); });

  if (!manifest || !window.lunr) {
    setStatus('搜索数据未能载入。');
    finish('error');
    return;
  }
  show(readState());
})();
