/* newsarchive search, rows: packed index rows, the facet table, the vocabulary, ref lists.
 * One part of the page's search-core.js (the build joins the parts in name
 * order; Node loads each with require).  See 9-core.js. */
(function (root, factory) {
  'use strict';
  var node = typeof module === 'object' && module.exports;
  var part = factory();
  if (node) module.exports = part;
  else (root.NewsArchiveSearchParts = root.NewsArchiveSearchParts || {}).rows = part;
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  /* A term's row [field postings, gap, weight, gap, weight, ...] as the build
   * packs it (weights.py pack_row): each number a last digit (value mod 48)
   * after its higher part in base-16 digits.  A row already an array is
   * returned as it is. */
  var ROW_DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
  var ROW_FINAL = 48;
  var ROW_VALUE = (function () {
    var table = Object.create(null);
    for (var i = 0; i < ROW_DIGITS.length; i++) table[ROW_DIGITS.charCodeAt(i)] = i;
    return table;
  })();

  /* The value (0..63) of one character of ROW_DIGITS. */
  function rowDigit(ch) {
    return ROW_VALUE[ch.charCodeAt(0)];
  }

  function unpackRow(row) {
    if (typeof row !== 'string') return row;
    var out = [];
    var high = 0;
    for (var i = 0; i < row.length; i++) {
      var d = ROW_VALUE[row.charCodeAt(i)];
      if (d >= ROW_FINAL) high = high * (ROW_DIGITS.length - ROW_FINAL) + d - ROW_FINAL;
      else {
        out.push(high * ROW_FINAL + d);
        high = 0;
      }
    }
    return out;
  }

  /* [year or 0, district index or -1, kind index] of every document, read
   * from the build's facet table (store.py facet_table): packed runs of year,
   * district and kind, four numbers a run (year less year0, zigzag step of
   * the district index + 1, kind index, count). */
  function facetRows(data) {
    var rows = new Array(data.docs);
    var flat = unpackRow(data.runs);
    var n = 0;
    var district = 0;
    for (var i = 0; i + 3 < flat.length; i += 4) {
      var step = flat[i + 1];
      district += step % 2 === 0 ? step / 2 : -(step + 1) / 2;
      var year = flat[i] ? data.year0 + flat[i] : 0;
      for (var c = 0; c < flat[i + 3]; c++, n++) rows[n] = [year, district - 1, flat[i + 2]];
    }
    return rows;
  }

  /* The index terms known so far (shards add theirs as they load), with their postings. */
  function Vocabulary(terms, postings) {
    this.terms = Object.create(null);
    this.list = [];
    this.maxLength = 1;
    if (terms) this.add(terms, postings);
  }
  Vocabulary.prototype.add = function (terms, postings) {
    for (var i = 0; i < terms.length; i++) {
      var t = terms[i];
      if (this.terms[t] !== undefined) continue;
      this.terms[t] = postings ? postings[i] : true;
      this.list.push(t);
      if (t.length > this.maxLength) this.maxLength = t.length;
    }
  };
  Vocabulary.prototype.has = function (term) {
    return this.terms[term] !== undefined;
  };
  Vocabulary.prototype.posting = function (term) {
    var row = this.terms[term];
    if (typeof row === 'string') row = this.terms[term] = unpackRow(row);
    return row;
  };
  Vocabulary.prototype.withPrefix = function (prefix) {
    return this.list.filter(function (t) { return t.lastIndexOf(prefix, 0) === 0; });
  };

  /* Refs of a posting row [count, gap, weight, gap, weight, ...], ascending. */
  function postingRefs(row) {
    var out = [];
    var ref = 0;
    for (var p = 1; p < row.length; p += 2) {
      ref += row[p];
      out.push(ref);
    }
    return out;
  }

  /* The ref where a posting row [count, gap, weight, ...] weighs most, the
   * lowest such ref on a tie, or null for an empty row.  A query of one term
   * gives its articles lunr.js scores in the order of these weights (the idf
   * is the term's, the same for all), ties in archive order, so this is its
   * first result. */
  function heaviestRef(row) {
    var best = null;
    var most = -1;
    var ref = 0;
    for (var p = 1; p + 1 < row.length; p += 2) {
      ref += row[p];
      if (row[p + 1] > most) {
        most = row[p + 1];
        best = ref;
      }
    }
    return best;
  }

  /* Both ascending ref lists' common refs; and their union. */
  function intersectRefs(a, b) {
    var out = [];
    for (var i = 0, j = 0; i < a.length && j < b.length;) {
      if (a[i] < b[j]) i++;
      else if (a[i] > b[j]) j++;
      else { out.push(a[i]); i++; j++; }
    }
    return out;
  }

  function unionRefs(a, b) {
    var out = [];
    var i = 0, j = 0;
    while (i < a.length || j < b.length) {
      if (j >= b.length || (i < a.length && a[i] < b[j])) out.push(a[i++]);
      else if (i >= a.length || b[j] < a[i]) out.push(b[j++]);
      else { out.push(a[i]); i++; j++; }
    }
    return out;
  }

  return {
    unpackRow: unpackRow,
    rowDigit: rowDigit,
    facetRows: facetRows,
    Vocabulary: Vocabulary,
    postingRefs: postingRefs,
    heaviestRef: heaviestRef,
    intersectRefs: intersectRefs,
    unionRefs: unionRefs
  };
});
