/* newsarchive search page, data: the search data files a query needs.
 *
 * Data files arrive as <script> elements (file://) or fetched (http):
 * the manifest, index chunks, document files, the facet table, the
 * traditional->simplified pairs and the pinyin keys; and, where the document
 * files carry no texts, the article pages results' snippets are cut from.  ``open`` takes the
 * queue the page's early scripts pushed into and gives the page what it
 * asks of the data: answers, documents, facets.  Joined before the page's
 * own part into search.js (static/js/search.parts/).  Plain ES2017.
 */
(function (window) {
  'use strict';

  var QUEUE = 'newsarchiveSearch';

  /* The data of the search page whose site root is ``root``, read with
   * ``core`` (search-core.js).  ``manifest`` is null when it did not load. */
  function open(core, root) {
    var document = window.document;
    var received = Object.create(null);
    var waiting = Object.create(null);

    function receive(entry) {
      var name = entry[0];
      received[name] = entry[1];
      if (waiting[name]) {
        waiting[name].forEach(function (w) { w.resolve(entry[1]); });
        delete waiting[name];
      }
    }

    var early = window[QUEUE] || [];
    window[QUEUE] = {push: receive};
    for (var e = 0; e < early.length; e++) receive(early[e]);

    var loading = Object.create(null);

    /* Over http(s) a data file is fetched and its payload read as JSON: the
     * browser does less for a fetch than for a script element, and JSON reads
     * faster than a script compiles.  A page opened from file:// may not fetch,
     * so there the file runs as the script it is. */
    var FETCH = typeof window.fetch === 'function' && /^https?:$/.test(window.location.protocol);

    function fetchFile(ref) {
      return window.fetch(root + ref.file).then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.text();
      }).then(function (text) {
        var payload = core.payloadOf(text);
        receive([ref.name, payload]);
        return payload;
      });
    }

    /* Load a data file; ``ref`` is {name, file} (a manifest entry) and
     * resolves with its payload. */
    function load(ref) {
      if (received[ref.name] !== undefined) return Promise.resolve(received[ref.name]);
      if (loading[ref.name]) return loading[ref.name];
      if (FETCH) {
        loading[ref.name] = fetchFile(ref).catch(function () {
          delete loading[ref.name];
          throw new Error('无法载入搜索数据 ' + ref.file);
        });
        return loading[ref.name];
      }
      loading[ref.name] = new Promise(function (resolve, reject) {
        (waiting[ref.name] = waiting[ref.name] || []).push({resolve: resolve});
        var s = document.createElement('script');
        s.src = root + ref.file;
        s.async = true;
        s.onerror = function () {
          delete loading[ref.name];
          reject(new Error('无法载入搜索数据 ' + ref.file));
        };
        document.head.appendChild(s);
      });
      return loading[ref.name];
    }

    var manifest = received.manifest;
    var t2s = null;         // traditional -> simplified, once loaded
    var pinyin = Object.create(null);          // pinyin key -> names, of the letters loaded
    var pinyinLoaded = Object.create(null);    // letter -> true once its keys are in ``pinyin``
    var facets = null;      // the facet table, once loaded
    var stop = Object.create(null);
    var loadedChunks = Object.create(null);   // index file name -> true once its terms are in the vocabulary
    var vocab = new core.Vocabulary();
    var scores = new core.Scores(64);   // lunr.js's hits of recent queries' words, reused by later ones

    /* Item ``n`` of a numbered series (index chunk, document): fixed path, build token. */
    function numbered(folder, n) {
      return {name: folder + '-' + n, file: 'search/' + folder + '/' + n + '.js?v=' + manifest.token};
    }

    /* A document file's rows: a deflated JSON list in base64, read with
     * DecompressionStream (no fetch, so it works from file:// too). */
    function unpackRows(packed) {
      if (typeof DecompressionStream === 'undefined') {
        return Promise.reject(new Error('此浏览器无法读取搜索结果，请使用较新的浏览器'));
      }
      var bin = atob(packed);
      var bytes = new Uint8Array(bin.length);
      for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      // written straight into the stream: a Blob would be registered with the browser first
      var inflate = new DecompressionStream('deflate');
      var writer = inflate.writable.getWriter();
      // a damaged file fails the read below; the writer's own promises would only repeat it
      writer.write(bytes).catch(function () {});
      writer.close().catch(function () {});
      return new Response(inflate.readable).json();
    }

    var unpacked = Object.create(null);   // document file number -> promise of its rows

    /* The search/docs/ file holding document ``ref``: each holds ``perFile`` consecutive documents. */
    function documentFile(ref) {
      return numbered('docs', Math.floor(Number(ref) / (manifest.store.perFile || 1)));
    }

    /* Document ``ref``'s row. */
    function loadDocument(ref) {
      var per = manifest.store.perFile || 1;
      var n = Number(ref);
      var k = Math.floor(n / per);
      return load(documentFile(n)).then(function (packed) {
        if (!unpacked[k]) {
          unpacked[k] = unpackRows(packed);
          unpacked[k].catch(function () { delete unpacked[k]; });
        }
        return unpacked[k];
      }).then(function (rows) { return rows[n - k * per]; });
    }

    /* Whether the document files carry the texts snippets are cut from
     * (offline_snippets_up_to): else a result's text is its article page's. */
    var bundledText = !manifest || manifest.store.columns.indexOf('text') >= 0;
    var pageTexts = Object.create(null);   // article url -> promise of its text

    /* The text of the article page at ``url`` (site-relative): its
     * .article-body paragraphs, one a line, as the document files would hold
     * it; null when the page cannot be read (file://, where a page may not
     * read another file, or a failed request): the result shows no snippet. */
    function pageText(url) {
      if (!FETCH || typeof window.DOMParser !== 'function') return Promise.resolve(null);
      if (!pageTexts[url]) {
        pageTexts[url] = window.fetch(root + url).then(function (response) {
          if (!response.ok) throw new Error(String(response.status));
          return response.text();
        }).then(function (html) {
          var body = new window.DOMParser().parseFromString(html, 'text/html').querySelector('.article-body');
          if (!body) return null;
          var lines = [];
          for (var i = 0; i < body.children.length; i++) lines.push(body.children[i].textContent.trim());
          return lines.join('\n');
        }).catch(function () {
          delete pageTexts[url];
          return null;
        });
      }
      return pageTexts[url];
    }

    /* The text a result's snippet is cut from: its row's, or its article
     * page's (null: none to show). */
    function resultText(row) {
      return bundledText ? Promise.resolve(row[5]) : pageText(row[1]);
    }

    function loadT2s() {
      if (t2s) return Promise.resolve(t2s);
      return load(manifest.t2s).then(function (pairs) {
        t2s = core.parsePairs(pairs);
        return t2s;
      });
    }

    /* The pinyin keys of the first letters of the query's letter words. */
    function loadPinyin(q) {
      var wanted = core.pinyinInitials(q).filter(function (letter) {
        return manifest.pinyin.indexOf(letter) >= 0 && !pinyinLoaded[letter];
      });
      return Promise.all(wanted.map(function (letter) {
        return load(numbered('pinyin', letter)).then(function (keys) {
          Object.keys(keys || {}).forEach(function (key) { pinyin[key] = keys[key]; });
          pinyinLoaded[letter] = true;
        });
      }));
    }

    function facetTable(data) {
      return {districts: data.districts, kinds: data.kinds, rows: core.facetRows(data)};
    }

    function loadFacets() {
      if (facets) return Promise.resolve(facets);
      return load(manifest.facets).then(function (data) {
        facets = facetTable(data);
        return facets;
      });
    }

    // which index file holds a string (shards.py)
    var tables = manifest ? core.indexTables(manifest.index, core.unpackRow) : null;

    /* Index file ``name``, its terms added to the vocabulary. */
    function loadIndexFile(name, arrived) {
      if (loadedChunks[name]) return Promise.resolve();
      return load(numbered('index', name)).then(function (data) {
        if (!loadedChunks[name]) vocab.add(data.terms, data.postings);
        loadedChunks[name] = true;
        if (arrived) arrived();
      });
    }

    /* Load the variant maps the query needs and the index files its words can
     * touch; resolve with the engine. */
    function prepare(q, arrived) {
      var idx = manifest.index;
      function loadChunks() {
        var options = {t2s: t2s, pinyin: pinyin, stop: stop};
        function known(name) { return loadedChunks[name] === true; }
        // a prefix search's further files are named once its own string's file is in
        function round() {
          var names = core.queryFiles(q, options, tables, known, vocab).filter(function (name) { return !known(name); });
          if (!names.length) return null;
          return Promise.all(names.map(function (name) { return loadIndexFile(name, arrived); })).then(round);
        }
        return Promise.resolve(round());
      }
      // the files of the words as typed are asked for at once, in this task;
      // those of the names a pinyin spelling stands for follow its keys
      var typed = loadChunks();
      if (arrived) arrived();  // the files it needs may be loaded already
      return Promise.all([typed, loadPinyin(q).then(loadChunks)]).then(function () {
        return {
          shared: idx, vocab: vocab, stop: stop, scores: scores,
          t2s: t2s, pinyin: pinyin
        };
      });
    }

    /* The query's answer: {eng, found}.  A word that finds nothing may be
     * written in traditional characters: then the pairs are loaded (once) and
     * the query asked again through them.  The pairs hold only characters the
     * index lacks, so they never change what a query found without them. */
    function answer(q, arrived) {
      return prepare(q, arrived).then(function (eng) {
        var found = core.search(q, eng, window.lunr);
        if (t2s || !found.unanswered || !/[^\u0000-\u007f]/.test(q)) return {eng: eng, found: found};
        return loadT2s().then(function () { return prepare(q); }).then(function (again) {
          return {eng: again, found: core.search(q, again, window.lunr)};
        });
      });
    }

    /* While a query's index chunks arrive, the document file of its likely
     * first result is asked for: the article where its first word, once known
     * to be a term, weighs most (core.heaviestRef).  Right, the document
     * travels (and is inflated) beside the other chunks and the ranking instead
     * of after them;
     * wrong, one small file comes that the page did not need yet.  Returns
     * the ``arrived`` hook of prepare for query ``q``. */
    function guessFirst(q) {
      var guessed = false;
      return function () {
        if (guessed) return;
        var term = core.leadingTerm(q, vocab, t2s);
        if (term === null) return;
        guessed = true;
        var ref = core.heaviestRef(vocab.posting(term));
        // loaded and inflated while the ranking runs, with the article page
        // its snippet comes from where the document files carry no texts
        if (ref !== null) loadDocument(ref).then(resultText).catch(function () { /* the ranking will ask again */ });
      };
    }

    (manifest && manifest.stop || []).forEach(function (ch) { stop[ch] = true; });

    return {
      manifest: manifest || null,
      prepare: prepare,
      answer: answer,
      guessFirst: guessFirst,
      // a result's row: title, url, date, district, kind, and its text when the
      // document files carry the texts
      loadResult: loadDocument,
      resultText: resultText,
      // whether results can show snippets: not from file:// where the documents carry no texts
      snippets: bundledText || FETCH,
      // whether snippets follow their results (from the article pages) or come with them
      snippetsFollow: !bundledText,
      loadFacets: loadFacets
    };
  }

  window.NewsArchiveSearchData = {open: open};
})(window);
