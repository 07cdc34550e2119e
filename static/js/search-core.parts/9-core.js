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
 *
 * The parts, each a module of its own (Node requires them; the build joins
 * them in name order into the page's one search-core.js): 1-text (characters,
 * normalisation, snippets), 2-rows (packed rows, facets, vocabulary),
 * 3-query (splitting, chunks a query needs), 4-rank (lunr.js per query,
 * ranking).  This last part gives the page and the tests their one object.
 */
(function (root, factory) {
  'use strict';
  var node = typeof module === 'object' && module.exports;
  var core = factory(node ? [require('./1-text.js'), require('./2-rows.js'), require('./3-query.js'), require('./4-rank.js')]
    : ['text', 'rows', 'query', 'rank'].map(function (k) { return root.NewsArchiveSearchParts[k]; }));
  if (node) module.exports = core;
  else root.NewsArchiveSearchCore = core;
})(typeof self !== 'undefined' ? self : this, function (parts) {
  'use strict';
  var core = {};
  parts.forEach(function (part) {
    Object.keys(part).forEach(function (name) { core[name] = part[name]; });
  });
  return core;
});
