/* newsarchive search, text: characters, normalisation, data files, snippets and highlights.
 * One part of the page's search-core.js (the build joins the parts in name
 * order; Node loads each with require).  See 9-core.js. */
(function (root, factory) {
  'use strict';
  var node = typeof module === 'object' && module.exports;
  var part = factory();
  if (node) module.exports = part;
  else (root.NewsArchiveSearchParts = root.NewsArchiveSearchParts || {}).text = part;
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

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
    isAsciiAlnum: isAsciiAlnum,
    canStart: canStart,
    normalise: normalise,
    parsePairs: parsePairs,
    payloadOf: payloadOf,
    findMatches: findMatches,
    snippet: snippet,
    highlight: highlight
  };
});
