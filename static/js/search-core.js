/* newsarchive search core: query normalisation, splitting, ranking, snippets.
 *
 * Pure functions, no DOM: the page (search.js) and the tests (Node) use the
 * same code.  The normalisation mirrors src/newsarchive/search/tokens.py
 * step for step: full-width fold, traditional -> simplified (a map shipped by
 * the build), lowercase; all of them keep the length of the text, so offsets
 * found in normalised text are offsets in the original.
 *
 * Splitting: a typed query is cut at whitespace into chunks; each chunk is
 * cut into the fewest pieces that are terms of the index's own vocabulary
 * (dynamic programming, so "郑州市委书记" becomes 郑州|市委书记, not
 * 郑州市|委|书记).  Punctuation and stop words between pieces are dropped;
 * an ASCII run the vocabulary lacks becomes a prefix search ("6938" finds
 * 69385963); any other character the vocabulary lacks makes the chunk
 * unanswerable, so "足球联赛" finds nothing rather than a stray 赛.
 *
 * Semantics: the pieces of one chunk are all required (AND); chunks are
 * alternatives (OR), and documents that answer more chunks rank first.
 * Scores are lunr.js's: for a query, the postings of its terms become a small
 * lunr index (queryIndex) that lunr.js loads and queries (runQuery).
 * Plain ES2017.
 */
(function (root, factory) {
  'use strict';
  var core = factory();
  if (typeof module === 'object' && module.exports) {
    module.exports = core;
  } else {
    root.NewsArchiveSearchCore = core;
  }
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  /* Longest vocabulary term tried at one position (in UTF-16 code units). */
  var MAX_PIECE = 40;
  /* Partial segmentations kept per position, and alternatives kept per chunk. */
  var K_BEST = 6;
  var MAX_ALTERNATIVES = 4;

  var WORD_RE = (function () {
    try {
      return new RegExp('^[\\p{L}\\p{N}]$', 'u');
    } catch (e) {
      return null;
    }
  })();

  /* Same as Python's str.isalnum(): letters and digits of any script. */
  function isWordChar(ch) {
    if (!ch) return false;
    if (WORD_RE) return WORD_RE.test(ch);
    var c = ch.charCodeAt(0);
    if (c < 0x80) return /[0-9A-Za-z]/.test(ch);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd800 && c <= 0xdbff)) return true;
    return ch.toLowerCase() !== ch.toUpperCase();
  }

  function isAsciiAlnum(ch) {
    return !!ch && ch.length === 1 && /[0-9a-z]/.test(ch);
  }

  /* Can an index term start at this character, after ``prev``?  Not inside a
   * run of ASCII digits or of ASCII letters: the index cuts such a run only
   * where it starts (a number, a word, a contact string), so a piece from its
   * middle could only match a stray fragment, and looking for one would make a
   * phone number load the chunks of every number that shares a digit. */
  function canStart(ch, prev) {
    if (!isAsciiAlnum(ch) || !isAsciiAlnum(prev)) return true;
    return /[0-9]/.test(ch) !== /[0-9]/.test(prev);
  }

  function foldChar(ch) {
    var c = ch.charCodeAt(0);
    if (ch.length === 1) {
      if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
      if (c === 0x3000) return ' ';
      if (c === 0x2236) return ':';
    }
    return ch;
  }

  /* The payload of a search data file read as text (bundle.py script):
   * (window.Q=window.Q||[]).push(["name",PAYLOAD]); -- PAYLOAD is JSON. */
  function payloadOf(text) {
    var at = text.indexOf('push([');
    var named = at < 0 ? -1 : text.indexOf('",', at);
    var end = text.lastIndexOf(']);');
    if (named < 0 || end < named) throw new Error('not a search data file');
    return JSON.parse(text.slice(named + 2, end));
  }

  /* Parse the build's "鄭郑視视…" pair string into a lookup object. */
  function parsePairs(pairs) {
    var map = Object.create(null);
    var chars = Array.from(pairs || '');
    for (var i = 0; i + 1 < chars.length; i += 2) map[chars[i]] = chars[i + 1];
    return map;
  }

  /* fold -> t2s -> lowercase, each character for one character of the same length. */
  function normalise(text, t2s) {
    var out = '';
    for (var ch of String(text || '')) {
      var c = foldChar(ch);
      if (t2s && t2s[c] !== undefined && t2s[c].length === c.length) c = t2s[c];
      var low = c.toLowerCase();
      out += low.length === c.length ? low : c;
    }
    return out;
  }

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
   * from the build's facet table (store.py facet_table): packed runs of year
   * and district, three numbers a run (year less year0, zigzag step of the
   * district index + 1, count), and packed kinds, perChar documents a
   * character, base kinds.length, first document lowest. */
  function facetRows(data) {
    var rows = new Array(data.docs);
    var flat = unpackRow(data.runs);
    var n = 0;
    var district = 0;
    for (var i = 0; i + 2 < flat.length; i += 3) {
      var step = flat[i + 1];
      district += step % 2 === 0 ? step / 2 : -(step + 1) / 2;
      var year = flat[i] ? data.year0 + flat[i] : 0;
      for (var c = 0; c < flat[i + 2]; c++, n++) rows[n] = [year, district - 1, 0];
    }
    var base = data.kinds.length;
    for (var j = 0; j < data.kind.length; j++) {
      var value = rowDigit(data.kind[j]);
      for (var p = 0; p < data.perChar; p++) {
        var at = j * data.perChar + p;
        if (at < rows.length) rows[at][2] = value % base;
        value = Math.floor(value / base);
      }
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

  /* The term a query's first result most likely holds: its first typed word,
   * when that word is a term of ``vocab`` (``t2s`` as for the query), else null. */
  function leadingTerm(query, vocab, t2s) {
    var word = normalise(query, t2s).split(/\s+/).filter(function (w) { return w.length > 0; })[0];
    return word && vocab.has(word) ? word : null;
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

  function compareCost(a, b) {
    for (var i = 0; i < a.length; i++) {
      if (a[i] !== b[i]) return a[i] - b[i];
    }
    return 0;
  }

  /* Cut one whitespace-free, normalised chunk into alternatives, best first.
   * Each alternative is {pieces: [{term, prefix}], unknown, cost}. */
  function splitChunk(chunk, vocab, stop) {
    var n = chunk.length;
    var best = new Array(n + 1);
    for (var i = 0; i <= n; i++) best[i] = [];
    best[0].push({pieces: [], cost: [0, 0, 0]});
    var chars = Array.from(chunk);
    var wholeSingleChar = chars.length === 1;

    function offer(at, from, piece, addCost) {
      var list = best[at];
      for (var p = 0; p < best[from].length; p++) {
        var prev = best[from][p];
        var cost = [prev.cost[0] + addCost[0], prev.cost[1] + addCost[1], prev.cost[2] + addCost[2]];
        var pieces = piece ? prev.pieces.concat([piece]) : prev.pieces;
        list.push({pieces: pieces, cost: cost});
      }
      // stable sort keeps earlier offers (longer first pieces) ahead on ties
      list.sort(function (a, b) { return compareCost(a.cost, b.cost); });
      if (list.length > K_BEST) list.length = K_BEST;
    }

    for (var i = 0; i < n; i++) {
      if (!best[i].length) continue;
      var cp = chunk.codePointAt(i);
      var ch = String.fromCodePoint(cp);
      var step = ch.length;
      // inside a surrogate pair: not a position
      if (i > 0 && chunk.charCodeAt(i) >= 0xdc00 && chunk.charCodeAt(i) <= 0xdfff) continue;
      var matched = false;
      var limit = canStart(ch, chunk[i - 1]) ? Math.min(n, i + Math.min(vocab.maxLength, MAX_PIECE)) : i;
      for (var j = limit; j > i; j--) {
        var sub = chunk.slice(i, j);
        if (vocab.has(sub)) {
          matched = true;
          offer(j, i, {term: sub, prefix: false}, [0, 1, j - i === step ? 1 : 0]);
        }
      }
      if (!isWordChar(ch) || (stop[ch] && !vocab.has(ch))) {
        offer(i + step, i, null, [0, 0, 0]);
        continue;
      }
      if (isAsciiAlnum(ch) && !isAsciiAlnum(chunk[i - 1])) {
        var end = i;
        while (end < n && isAsciiAlnum(chunk[end])) end++;
        var run = chunk.slice(i, end);
        if (!vocab.has(run)) offer(end, i, {term: run, prefix: true}, [0, 2, 0]);
      }
      if (!matched && !isAsciiAlnum(ch)) {
        if (wholeSingleChar) offer(i + step, i, {term: ch, prefix: true}, [0, 2, 1]);
        else offer(i + step, i, {term: ch, prefix: false}, [1, 1, 1]);
      }
    }

    var done = best[n];
    if (!done.length) return [];
    var top = done[0].cost;
    var seen = Object.create(null);
    var out = [];
    for (var k = 0; k < done.length && out.length < MAX_ALTERNATIVES; k++) {
      var alt = done[k];
      if (!alt.pieces.length) continue;
      if (alt.cost[0] !== top[0] || alt.cost[1] > top[1] + 1) continue;
      var key = alt.pieces.map(function (p) { return p.term + (p.prefix ? '*' : ''); }).join('|');
      if (seen[key]) continue;
      seen[key] = true;
      out.push({pieces: alt.pieces, unknown: alt.cost[0], cost: alt.cost});
    }
    return out;
  }

  function isLetters(s) {
    return /^[a-z]+$/.test(s);
  }

  /* Whole query -> {chunks: [{text, alternatives}], typed, meaningful}.
   * options: {vocab, stop (object of stop characters), pinyin (key -> names)} */
  function parseQuery(query, options) {
    var vocab = options.vocab;
    var stop = options.stop || Object.create(null);
    var pinyin = options.pinyin || null;
    var norm = normalise(query, options.t2s);
    var words = norm.split(/\s+/).filter(function (w) { return w.length > 0; });
    var chunks = [];
    var i = 0;
    while (i < words.length) {
      // pinyin typed with or without spaces: "an wei", "anwei", "AnWei"
      var used = 0;
      var names = null;
      if (pinyin) {
        var joined = '';
        for (var j = i; j < words.length && isLetters(words[j]); j++) {
          joined += words[j];
          if (pinyin[joined]) {
            used = j - i + 1;
            names = pinyin[joined];
          }
        }
      }
      var span = used > 1 ? words.slice(i, i + used) : [words[i]];
      var text = span.join('');
      var alternatives = [];
      if (names) {
        for (var m = 0; m < names.length; m++) {
          var name = normalise(names[m], options.t2s);
          if (vocab.has(name)) alternatives.push({pieces: [{term: name, prefix: false}], unknown: 0, cost: [0, 1, 0]});
        }
      }
      if (span.length === 1) {
        alternatives = alternatives.concat(splitChunk(text, vocab, stop));
      } else {
        // the literal reading of a multi-word pinyin span: every word required
        var pieces = [];
        var unknown = 0;
        for (var w = 0; w < span.length; w++) {
          var alts = splitChunk(span[w], vocab, stop);
          if (!alts.length) continue;
          pieces = pieces.concat(alts[0].pieces);
          unknown += alts[0].unknown;
        }
        if (pieces.length) alternatives.push({pieces: pieces, unknown: unknown, cost: [unknown, pieces.length, 0]});
      }
      if (alternatives.length || hasMeaning(text, stop)) {
        chunks.push({text: text, alternatives: alternatives});
      }
      i += used || 1;
    }
    return {
      typed: norm.trim().length > 0,
      meaningful: chunks.length > 0,
      chunks: chunks
    };
  }

  /* Does a chunk hold anything but punctuation and stop words? */
  function hasMeaning(text, stop) {
    for (var ch of text) {
      if (isWordChar(ch) && !stop[ch]) return true;
    }
    return false;
  }

  /* The first letters of the query's words of plain letters: a pinyin key the
   * query can spell starts with one of them (the build groups keys so). */
  function pinyinInitials(query) {
    var seen = Object.create(null);
    normalise(query, null).split(/\s+/).forEach(function (w) {
      if (isLetters(w)) seen[w[0]] = true;
    });
    return Object.keys(seen).sort();
  }

  /* The index chunk a string sorts into: the number of chunk bounds <= it
   * (JavaScript compares strings by UTF-16 code units, as the build sorts). */
  function chunkOf(text, bounds) {
    var lo = 0, hi = bounds.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (bounds[mid] <= text) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  /* The ranges of index terms a query can use, as [low, high] strings.  The
   * splitter looks up, at each word character of a typed word where a term
   * can start (canStart), the words that start there and are no longer than
   * MAX_PIECE: each is a range of one
   * term, so a query loads the chunks its own possible terms sort into, not
   * every term that sorts between its characters.  A prefix search (an ASCII
   * run, or a word of one character) needs every term that goes on after it.
   * A pinyin spelling adds the names it stands for. */
  function queryRanges(query, options) {
    var norm = normalise(query, options.t2s);
    var stop = options.stop || Object.create(null);
    var ranges = [];
    var words = norm.split(/\s+/).filter(function (w) { return w.length > 0; });
    words.forEach(function (word) {
      var chars = Array.from(word);
      var at = 0;
      for (var i = 0; i < chars.length; i++) {
        var ch = chars[i];
        var from = at;
        at += ch.length;
        if (!isWordChar(ch) || !canStart(ch, chars[i - 1])) continue;
        var rest = word.slice(from, from + MAX_PIECE);
        for (var k = ch.length; k <= rest.length; k++) {
          // a piece ending inside a run of digits or of letters leads nowhere:
          // no piece starts after it (canStart), so the splitter never uses it
          var after = word[from + k];
          if (after !== undefined && !canStart(after, word[from + k - 1]) && !stop[after]) continue;
          ranges.push([rest.slice(0, k), rest.slice(0, k)]);
        }
        if (chars.length === 1) ranges.push([ch, ch + '\uffff']);
        else if (isAsciiAlnum(ch) && !isAsciiAlnum(chars[i - 1])) {
          var end = from;
          while (end < word.length && isAsciiAlnum(word[end])) end++;
          var run = word.slice(from, end);
          ranges.push([run, run + '\uffff']);
        }
      }
    });
    var pinyin = options.pinyin;
    if (pinyin) {
      for (var i = 0; i < words.length; i++) {
        var joined = '';
        for (var j = i; j < words.length && isLetters(words[j]); j++) {
          joined += words[j];
          (pinyin[joined] || []).forEach(function (name) {
            var term = normalise(name, options.t2s);
            ranges.push([term, term]);
          });
        }
      }
    }
    return ranges;
  }

  /* Numbers of the index chunks a query needs, ascending. */
  function queryChunks(query, options, bounds) {
    var seen = Object.create(null);
    var out = [];
    queryRanges(query, options).forEach(function (range) {
      for (var k = chunkOf(range[0], bounds), last = chunkOf(range[1], bounds); k <= last; k++) {
        if (!seen[k]) {
          seen[k] = true;
          out.push(k);
        }
      }
    });
    return out.sort(function (a, b) { return a - b; });
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

  /* Non-overlapping matches of the terms in normalised text, longest terms winning. */
  function findMatches(normText, terms) {
    // a single character that is part of a longer matched term (区 of 经开区) is not marked alone
    var sorted = terms.filter(function (t) {
      if (!t.length) return false;
      if (Array.from(t).length > 1) return true;
      return !terms.some(function (o) { return o !== t && o.indexOf(t) >= 0; });
    })
      .sort(function (a, b) { return b.length - a.length || (a < b ? -1 : a > b ? 1 : 0); });
    var taken = [];
    for (var i = 0; i < sorted.length; i++) {
      var t = sorted[i];
      var from = 0;
      while (true) {
        var at = normText.indexOf(t, from);
        if (at < 0) break;
        var end = at + t.length;
        var clash = taken.some(function (m) { return at < m[1] && end > m[0]; });
        if (!clash) taken.push([at, end]);
        from = at + 1;
      }
    }
    return taken.sort(function (a, b) { return a[0] - b[0]; });
  }

  /* Split text into [{text, mark}] segments around the given matches. */
  function segments(text, matches, start, end) {
    var out = [];
    var pos = start;
    for (var i = 0; i < matches.length; i++) {
      var m = matches[i];
      if (m[1] <= start || m[0] >= end) continue;
      var a = Math.max(m[0], start);
      var b = Math.min(m[1], end);
      if (a > pos) out.push({text: text.slice(pos, a), mark: false});
      out.push({text: text.slice(a, b), mark: true});
      pos = b;
    }
    if (pos < end) out.push({text: text.slice(pos, end), mark: false});
    return out;
  }

  /* A window of the text around the first match of the longest matching term. */
  function snippet(text, terms, t2s, size) {
    size = size || 120;
    var flat = String(text || '').replace(/\s+/g, ' ');
    var norm = normalise(flat, t2s);
    var matches = findMatches(norm, terms);
    var start = 0;
    if (matches.length) {
      var longest = matches.reduce(function (a, b) { return (b[1] - b[0]) > (a[1] - a[0]) ? b : a; });
      start = Math.max(0, longest[0] - Math.floor(size / 4));
      if (flat.charCodeAt(start) >= 0xdc00 && flat.charCodeAt(start) <= 0xdfff) start -= 1;
    }
    var end = Math.min(flat.length, start + size);
    if (flat.charCodeAt(end - 1) >= 0xd800 && flat.charCodeAt(end - 1) <= 0xdbff) end -= 1;
    var parts = segments(flat, matches, start, end);
    if (start > 0) parts.unshift({text: '…', mark: false});
    if (end < flat.length) parts.push({text: '…', mark: false});
    return parts;
  }

  /* Title (or any short text) with every match marked. */
  function highlight(text, terms, t2s) {
    var s = String(text || '');
    return segments(s, findMatches(normalise(s, t2s), terms), 0, s.length);
  }

  return {
    isWordChar: isWordChar,
    normalise: normalise,
    unpackRow: unpackRow,
    rowDigit: rowDigit,
    facetRows: facetRows,
    parsePairs: parsePairs,
    payloadOf: payloadOf,
    Vocabulary: Vocabulary,
    splitChunk: splitChunk,
    parseQuery: parseQuery,
    pinyinInitials: pinyinInitials,
    chunkOf: chunkOf,
    queryRanges: queryRanges,
    queryChunks: queryChunks,
    queryTerms: queryTerms,
    expandIndex: expandIndex,
    candidates: candidates,
    queryIndex: queryIndex,
    runQuery: runQuery,
    Scores: Scores,
    postingRefs: postingRefs,
    heaviestRef: heaviestRef,
    leadingTerm: leadingTerm,
    intersectRefs: intersectRefs,
    unionRefs: unionRefs,
    rank: rank,
    search: search,
    findMatches: findMatches,
    snippet: snippet,
    highlight: highlight
  };
});
