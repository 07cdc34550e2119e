/* newsarchive search, rank: candidates, a small lunr.js index per query, ranking.
 * One part of the page's search-core.js (the build joins the parts in name
 * order; Node loads each with require).  See 9-core.js. */
(function (root, factory) {
  'use strict';
  var node = typeof module === 'object' && module.exports;
  var part = factory(node ? {rows: require('./2-rows.js'), query: require('./3-query.js')} : root.NewsArchiveSearchParts);
  if (node) module.exports = part;
  else (root.NewsArchiveSearchParts = root.NewsArchiveSearchParts || {}).rank = part;
})(typeof self !== 'undefined' ? self : this, function (parts) {
  'use strict';
  var unpackRow = parts.rows.unpackRow;
  var postingRefs = parts.rows.postingRefs;
  var intersectRefs = parts.rows.intersectRefs;
  var unionRefs = parts.rows.unionRefs;
  var parseQuery = parts.query.parseQuery;

  /* The terms a parsed query can touch: its exact pieces and every known term a prefix piece starts. */
  function queryTerms(parsed, vocab) {
    var seen = Object.create(null);
    parsed.chunks.forEach(function (chunk) {
      chunk.alternatives.forEach(function (alt) {
        if (alt.unknown) return;
        alt.pieces.forEach(function (piece) {
          var found = piece.prefix ? vocab.withPrefix(piece.term) : (vocab.has(piece.term) ? [piece.term] : []);
          found.forEach(function (t) { seen[t] = true; });
        });
      });
    });
    return Object.keys(seen).sort(function (a, b) { return a < b ? -1 : a > b ? 1 : 0; });
  }

  /* lunr keeps per-document metadata in postings; this index has none, so all share one object. */
  var NO_METADATA = Object.freeze({});

  /* The lunr schema from the build's weighed postings (weights.py): one
   * field; each term holds [field postings, gap, weight, gap, weight, ...]
   * where refs are gaps from the previous ref and weight is the sum over the
   * article's fields of boost × level, level (1 .. levels) being lunr's BM25
   * term weight (k1 + 1)·tf / (k1·(1 − b + b·len/avg) + tf) in steps.  The idf
   * comes from the field postings, as in lunr.  Same numbers as weights.py
   * lunr_vectors.  ``only`` (optional, ref -> true) keeps the postings of
   * those documents alone; the idf still counts every document. */
  function expandIndex(data, only) {
    var field = data.fields[0];
    var nDocs = data.docs;
    var scale = (data.k1 + 1) / data.levels;
    var inverted = new Array(data.terms.length);
    var vectors = Object.create(null);
    var order = [];
    for (var n = 0; n < data.terms.length; n++) {
      var row = unpackRow(data.postings[n]);
      var x = (nDocs - row[0] + 0.5) / (row[0] + 0.5);
      var idf = Math.log(1 + Math.abs(x));
      var refs = {};
      var ref = 0;
      for (var p = 1; p < row.length; p += 2) {
        ref += row[p];
        if (only && !only[ref]) continue;
        refs[ref] = NO_METADATA;
        var key = field + '/' + ref;
        if (!vectors[key]) {
          vectors[key] = [];
          order.push(key);
        }
        vectors[key].push(n, Math.round(idf * row[p + 1] * scale * 1000) / 1000);
      }
      var posting = {};
      posting[field] = refs;
      posting._index = n;
      inverted[n] = [data.terms[n], posting];
    }
    return {
      version: data.version,
      fields: [field],
      fieldVectors: order.map(function (key) { return [key, vectors[key]]; }),
      invertedIndex: inverted,
      pipeline: data.pipeline
    };
  }

  /* The documents that can answer a parsed query: for each alternative, those
   * holding every one of its pieces.  lunr only ever scores such a document,
   * so an index of their postings alone ranks exactly as the whole one, and a
   * common word in a query (街道 of 顺湖街道) no longer costs lunr every
   * article that uses it. */
  function candidates(parsed, vocab) {
    var keep = Object.create(null);
    var decoded = Object.create(null);  // a term's refs, decoded once however many readings use it
    function refsOf(term) {
      if (!decoded[term]) decoded[term] = postingRefs(vocab.posting(term));
      return decoded[term];
    }
    parsed.chunks.forEach(function (chunk) {
      chunk.alternatives.forEach(function (alt) {
        if (alt.unknown) return;
        var docs = null;
        for (var p = 0; p < alt.pieces.length && (docs === null || docs.length); p++) {
          var piece = alt.pieces[p];
          var terms = piece.prefix ? vocab.withPrefix(piece.term) : (vocab.has(piece.term) ? [piece.term] : []);
          var refs = [];
          terms.forEach(function (t) { refs = unionRefs(refs, refsOf(t)); });
          docs = docs === null ? refs : intersectRefs(docs, refs);
        }
        (docs || []).forEach(function (ref) { keep[ref] = true; });
      });
    });
    return keep;
  }

  /* A small lunr.js index for one query: the query's terms alone (in UTF-16
   * order, as lunr.py wrote them), with the postings of the documents that can
   * answer it.  The idf still counts every document, so lunr.js scores each
   * candidate as it would in the whole index. */
  function queryIndex(shared, parsed, vocab, lunr) {
    var terms = queryTerms(parsed, vocab);
    var data = {};
    Object.keys(shared).forEach(function (k) { data[k] = shared[k]; });
    data.terms = terms;
    data.postings = terms.map(function (t) { return vocab.posting(t); });
    return lunr.Index.load(expandIndex(data, candidates(parsed, vocab)));
  }

  /* Run a parsed query with lunr.js: every piece of an alternative is a
   * REQUIRED clause, a prefix piece a trailing wildcard; never a lunr query
   * string, so nothing typed is read as lunr syntax. */
  function runQuery(index, parsed, lunr, counts) {
    return rank(parsed, function (alt) { return queryAlternative(index, alt, lunr); }, counts);
  }

  function queryAlternative(index, alt, lunr) {
    return index.query(function (q) {
      for (var p = 0; p < alt.pieces.length; p++) {
        var piece = alt.pieces[p];
        q.term(piece.term, {
          presence: lunr.Query.presence.REQUIRED,
          wildcard: piece.prefix ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE,
          usePipeline: false
        });
      }
    });
  }

  /* The hits lunr.js gave alternatives of earlier queries, by their pieces
   * (up to ``limit``; then it starts afresh).  lunr.js scores a document for an alternative
   * by the alternative's own terms alone (the query vector's terms, divided
   * by its length; the idf from the whole archive), so the hits do not depend
   * on the query an alternative came in: 南充市 巡察 after 巡察 asks lunr.js
   * only for 南充市.  Alternatives with a prefix piece are not kept (what a
   * prefix covers grows with the chunks loaded). */
  function Scores(limit) {
    this.limit = limit || 64;
    this.kept = Object.create(null);
    this.size = 0;
  }
  function scoresKey(alt) {
    for (var p = 0; p < alt.pieces.length; p++) if (alt.pieces[p].prefix) return null;
    return alt.pieces.map(function (piece) { return piece.term; }).join('\u0000');
  }
  Scores.prototype.get = function (alt) {
    var key = scoresKey(alt);
    return key === null ? undefined : this.kept[key];
  };
  Scores.prototype.set = function (alt, hits) {
    var key = scoresKey(alt);
    if (key === null) return;
    if (this.size >= this.limit) {
      this.kept = Object.create(null);
      this.size = 0;
    }
    this.size++;
    this.kept[key] = hits.map(function (h) { return {ref: h.ref, score: h.score}; });
  };

  /* parse → ranked hits, scored by lunr.js.  ``engine``: {shared, vocab (with
   * postings), stop, t2s, pinyin, scores (optional Scores kept across
   * queries)}; ``lunr``: lunr.js 2.3.9.  lunr.js is given an index of the
   * alternatives ``scores`` does not hold. */
  function search(query, engine, lunr) {
    var parsed = parseQuery(query, {vocab: engine.vocab, stop: engine.stop, t2s: engine.t2s, pinyin: engine.pinyin});
    if (!parsed.meaningful) return {parsed: parsed, hits: [], unanswered: 0};
    var scores = engine.scores || null;
    var fresh = {chunks: parsed.chunks.map(function (chunk) {
      return {text: chunk.text, alternatives: chunk.alternatives.filter(function (alt) {
        return !alt.unknown && !(scores && scores.get(alt));
      })};
    })};
    var needed = fresh.chunks.some(function (chunk) { return chunk.alternatives.length; });
    var index = needed ? queryIndex(engine.shared, fresh, engine.vocab, lunr) : null;
    var counts = {unanswered: 0};
    var hits = rank(parsed, function (alt) {
      var kept = scores && scores.get(alt);
      if (kept) return kept;
      var found = queryAlternative(index, alt, lunr);
      if (scores) scores.set(alt, found);
      return found;
    }, counts);
    return {parsed: parsed, hits: hits, unanswered: counts.unanswered};
  }

  /* Combine the hits of every alternative (``hitsOf(alt)`` -> [{ref, score}]).
   * Returns [{ref, score, chunks, terms}] sorted: more chunks answered first,
   * then higher score, then archive order; ``counts.unanswered`` (if given)
   * becomes the number of chunks no document answers. */
  function rank(parsed, hitsOf, counts) {
    var byRef = Object.create(null);
    var order = [];
    for (var c = 0; c < parsed.chunks.length; c++) {
      var chunk = parsed.chunks[c];
      var chunkBest = Object.create(null);
      for (var a = 0; a < chunk.alternatives.length; a++) {
        var alt = chunk.alternatives[a];
        if (alt.unknown) continue;
        var hits = hitsOf(alt);
        for (var h = 0; h < hits.length; h++) {
          var hit = hits[h];
          var prev = chunkBest[hit.ref];
          if (!prev) chunkBest[hit.ref] = {score: hit.score, pieces: alt.pieces};
          else {
            prev.score = Math.max(prev.score, hit.score);
            prev.pieces = prev.pieces.concat(alt.pieces);
          }
        }
      }
      var answered = false;
      for (var ref in chunkBest) {
        answered = true;
        var entry = byRef[ref];
        if (!entry) {
          entry = byRef[ref] = {ref: ref, score: 0, chunks: 0, terms: []};
          order.push(entry);
        }
        entry.score += chunkBest[ref].score;
        entry.chunks += 1;
        var pieces = chunkBest[ref].pieces;
        for (var k = 0; k < pieces.length; k++) {
          if (entry.terms.indexOf(pieces[k].term) < 0) entry.terms.push(pieces[k].term);
        }
      }
      if (!answered && counts) counts.unanswered++;
    }
    order.sort(function (x, y) {
      if (y.chunks !== x.chunks) return y.chunks - x.chunks;
      if (y.score !== x.score) return y.score - x.score;
      return Number(x.ref) - Number(y.ref);
    });
    return order;
  }

  return {
    queryTerms: queryTerms,
    expandIndex: expandIndex,
    candidates: candidates,
    queryIndex: queryIndex,
    runQuery: runQuery,
    Scores: Scores,
    search: search,
    rank: rank
  };
});
