/* lunr.js as the reference for the page's own scoring (search-core.js Scorer):
 * the build's packed index expanded into a lunr index, and a parsed query run
 * against it.  Tests only: the page never loads lunr.js. */
'use strict';

const core = require('../../static/js/search-core.js');
const unpackRow = core.unpackRow;
const unionRefs = core.unionRefs;
const intersectRefs = core.intersectRefs;
const postingRefs = core.postingRefs;
const rank = core.rank;

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

  /* One weighed index from the shared facts and the chunks given, terms in UTF-16 order. */
  function mergeShards(shared, shards) {
    var pairs = [];
    shards.forEach(function (shard) {
      for (var i = 0; i < shard.terms.length; i++) pairs.push([shard.terms[i], shard.postings[i]]);
    });
    pairs.sort(function (a, b) { return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0; });
    var data = {};
    Object.keys(shared).forEach(function (k) { data[k] = shared[k]; });
    data.terms = pairs.map(function (p) { return p[0]; });
    data.postings = pairs.map(function (p) { return p[1]; });
    return data;
  }

  /* Run a parsed query against a lunr.js index (the whole index, as a
   * reference for the page's own scoring: see Scorer). */
  function runQuery(index, parsed, lunr) {
    return rank(parsed, function (alt) {
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
    });
  }


module.exports = {expandIndex, candidates, mergeShards, runQuery};
