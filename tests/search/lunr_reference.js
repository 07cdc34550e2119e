/* The whole index as the reference for the page's per-query lunr.js index
 * (search-core.js queryIndex): the build's chunks merged back into one
 * weighed index, for core.expandIndex and lunr.Index.load.  Tests only. */
'use strict';

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

module.exports = {mergeShards};
