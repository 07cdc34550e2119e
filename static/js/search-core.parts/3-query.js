/* newsarchive search, query: a typed query cut into the index's terms, and the index files it needs.
 * One part of the page's search-core.js (the build joins the parts in name
 * order; Node loads each with require).  See 9-core.js. */
(function (root, factory) {
  'use strict';
  var node = typeof module === 'object' && module.exports;
  var part = factory(node ? {text: require('./1-text.js')} : root.NewsArchiveSearchParts);
  if (node) module.exports = part;
  else (root.NewsArchiveSearchParts = root.NewsArchiveSearchParts || {}).query = part;
})(typeof self !== 'undefined' ? self : this, function (parts) {
  'use strict';
  var isWordChar = parts.text.isWordChar;
  var isAsciiAlnum = parts.text.isAsciiAlnum;
  var canStart = parts.text.canStart;
  var normalise = parts.text.normalise;

  /* Longest vocabulary term tried at one position (in UTF-16 code units). */
  var MAX_PIECE = 40;
  /* Partial segmentations kept per position, and alternatives kept per chunk. */
  var K_BEST = 6;
  var MAX_ALTERNATIVES = 4;

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

  /* The file name of a key: its UTF-16 code units, four hex digits each. */
  function keyName(key) {
    var out = '';
    for (var i = 0; i < key.length; i++) out += ('000' + key.charCodeAt(i).toString(16)).slice(-4);
    return out;
  }

  /* The bucket of a split prefix holding the group ``key`` (shards.py
   * bucket_of): FNV-1a of its UTF-16 code units, modulo ``buckets``. */
  function bucketOf(key, buckets) {
    var h = 0x811c9dc5;
    for (var i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
    return h % buckets;
  }

  /* The index's tables as the manifest holds them (shards.py first_table,
   * split_table), made look-ups: {first: character -> true, split: split
   * prefix -> its number (see fileOf; the empty prefix: the number of shared
   * files), keys: the split prefixes}. */
  function indexTables(manifestIndex, unpack) {
    var first = Object.create(null);
    var split = Object.create(null);
    var keys = [];
    var point = 0;
    unpack(manifestIndex.first || '').forEach(function (gap) {
      point += gap >> 1;
      var ch = String.fromCodePoint(point);
      first[ch] = true;
      if (gap & 1) split[ch] = 1;  // all its terms in a file of its own (shards.py alone)
    });
    var table = manifestIndex.split || {rest: '', sizes: ''};
    var sizes = unpack(table.sizes);
    var previous = '';
    for (var i = 0, at = 0; i + 2 < sizes.length; i += 3) {
      var key = previous.slice(0, sizes[i]) + table.rest.slice(at, at + sizes[i + 1]);
      at += sizes[i + 1];
      split[key] = sizes[i + 2];
      keys.push(key);
      previous = key;
    }
    return {first: first, split: split, keys: keys};
  }

  /* The shared file holding what ``key`` put there (shards.py shared_name). */
  function sharedName(key, tables) {
    return 'shared-' + bucketOf(key, tables.split[''] || 0);
  }

  /* The name of the index file holding ``text`` if it is a term, or null when
   * no file can (shards.py file_of): the shared file of its first character
   * when that is not split; else, p being the longest prefix of ``text`` that
   * is, for ``text`` itself p's own file or shared file, for a longer one the
   * bucket of p holding the group of ``text``'s first characters, one more
   * than p's, or p's shared file when p has no buckets, or its own file when
   * neither; for ``text`` itself p's own file, or else one of its buckets (a
   * small own term is in each), or else its shared file.  A split prefix's
   * number: buckets * 4 + 2 (something in its shared file, with no buckets)
   * + 1 (an own file). */
  function fileOf(text, tables) {
    var chars = Array.from(text);
    if (!chars.length || !tables.first[chars[0]]) return null;
    if (tables.split[chars[0]] === undefined) return sharedName(chars[0], tables);
    var prefix = '';
    var parent = '';
    var next = '';
    for (var i = 0; i < chars.length; i++) {
      prefix += chars[i];
      if (tables.split[prefix] !== undefined) {
        parent = prefix;
        next = i + 1 < chars.length ? prefix + chars[i + 1] : '';
      }
    }
    var value = tables.split[parent];
    var buckets = value >> 2;
    if (parent !== text) {
      if (buckets) return keyName(parent) + '-' + bucketOf(next, buckets);
      if ((value & 1) && !(value & 2)) return keyName(parent);
    } else if (value & 1) {
      return keyName(parent);
    } else if (buckets) {
      return keyName(parent) + '-' + bucketOf(text, buckets);  // every bucket of it holds it
    }
    return (value & 2) ? sharedName(parent, tables) : null;
  }

  /* The start of the names of the buckets of ``text`` when it is a split prefix
   * whose small own term each of them holds (any one will do), else null. */
  function anyBucket(text, tables) {
    var value = tables.split[text];
    return value !== undefined && text && !(value & 1) && value >> 2 ? keyName(text) + '-' : null;
  }

  /* The names of the index files holding every term that starts with ``text``:
   * its own file, and those of the split prefixes going on from it. */
  function prefixFiles(text, tables) {
    var own = fileOf(text, tables);
    var out = own === null ? [] : [own];
    tables.keys.forEach(function (key) {
      if (!key || key.lastIndexOf(text, 0) !== 0) return;
      var value = tables.split[key];
      if (value & 1) out.push(keyName(key));
      if (value & 2) out.push(sharedName(key, tables));
      for (var b = 0; b < value >> 2; b++) out.push(keyName(key) + '-' + b);
    });
    return out;
  }

  /* The ranges of index terms a query can use, as [low, high] strings.  The
   * splitter looks up, at each word character of a typed word where a term
   * can start (canStart), the words that start there and are no longer than
   * MAX_PIECE: each is a range of one
   * term, so a query loads the files of its own possible terms, not
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

  /* The names of the index files a query needs, sorted (``tables``: see
   * indexTables).  A prefix search (an ASCII run, a word of one character)
   * needs the files of the terms going on after its string only when that
   * string is no term: with ``known`` (name -> whether that file is loaded)
   * and ``vocab`` (the loaded terms), they are named once the string's own
   * file is loaded and does not hold it, so a typed phone number or e-mail
   * that is a term does not load every number or name that starts like its
   * pieces.  Without ``known``, all of them. */
  function queryFiles(query, options, tables, known, vocab) {
    var seen = Object.create(null);
    var either = [];
    function add(name) { if (name !== null) seen[name] = true; }
    // whether the file of ``text`` is loaded: any of its buckets when each holds it
    function ownKnown(text, own, any) {
      if (any === null) return known(own);
      for (var b = 0; b < tables.split[text] >> 2; b++) if (known(any + b)) return true;
      return false;
    }
    queryRanges(query, options).forEach(function (range) {
      var own = fileOf(range[0], tables);
      var any = anyBucket(range[0], tables);
      if (any !== null) either.push([any, own]);
      else add(own);
      if (range[1] === range[0]) return;
      if (known && own !== null && (!ownKnown(range[0], own, any) || vocab.has(range[0]))) return;
      prefixFiles(range[0], tables).forEach(add);
    });
    // a term every bucket of its prefix holds comes with whichever of them is asked for
    either.forEach(function (pair) {
      var asked = Object.keys(seen).some(function (name) { return name.lastIndexOf(pair[0], 0) === 0; });
      if (!asked) add(pair[1]);
    });
    return Object.keys(seen).sort();
  }

  /* The term a query's first result most likely holds: its first typed word,
   * when that word is a term of ``vocab`` (``t2s`` as for the query), else null. */
  function leadingTerm(query, vocab, t2s) {
    var word = normalise(query, t2s).split(/\s+/).filter(function (w) { return w.length > 0; })[0];
    return word && vocab.has(word) ? word : null;
  }

  return {
    splitChunk: splitChunk,
    parseQuery: parseQuery,
    pinyinInitials: pinyinInitials,
    keyName: keyName,
    bucketOf: bucketOf,
    indexTables: indexTables,
    fileOf: fileOf,
    prefixFiles: prefixFiles,
    queryRanges: queryRanges,
    queryFiles: queryFiles,
    leadingTerm: leadingTerm
  };
});
