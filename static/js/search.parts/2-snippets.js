/* newsarchive search page, snippets that follow their results.
 *
 * Where the document files carry no texts (offline_snippets_up_to), a
 * result's snippet is cut from its article page.  A result is shown as soon
 * as its document is in, with its snippet's room kept; the pages of the
 * results in the window are fetched with the answer, and those below as they
 * scroll near it.  A query then costs the pages a reader sees, not the ten
 * of a page of results, and its first screen does not wait for the rest.
 * Joined between the data and the page's own part into search.js
 * (static/js/search.parts/).  Plain ES2017.
 */
(function (window) {
  'use strict';

  /* How far below the window a snippet is asked for before it is seen. */
  var AHEAD = '0px 0px 50% 0px';

  /* Snippets waiting for their texts.  ``text(row)`` resolves with the text
   * a row's snippet is cut from (null: none); ``fill(slot, text, entry)``
   * writes the snippet into its slot, an element already on the page. */
  function follow(text, fill) {
    var waiting = new Map();   // slot -> the {hit, row, t2s} its snippet is made of
    var observer = typeof window.IntersectionObserver === 'function'
      ? new window.IntersectionObserver(function (seen) {
        seen.forEach(function (one) { if (one.isIntersecting) load(one.target); });
      }, {rootMargin: AHEAD})
      : null;

    function load(slot) {
      var entry = waiting.get(slot);
      if (!entry) return Promise.resolve();
      waiting.delete(slot);
      if (observer) observer.unobserve(slot);
      return text(entry.row).catch(function () { return null; }).then(function (got) {
        if (slot.isConnected) fill(slot, got, entry);
      });
    }

    function inWindow(slot) {
      var box = slot.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight;
    }

    return {
      /* A result's snippet slot, to be filled from ``entry.row``. */
      add: function (slot, entry) {
        waiting.set(slot, entry);
      },
      /* Once a page of results is on the page: the snippets of the results
       * in the window are asked for now (the promise waits for them), the
       * others when they come near it (all now without IntersectionObserver,
       * not waited for). */
      placed: function () {
        var now = [];
        var later = [];
        waiting.forEach(function (entry, slot) {
          if (inWindow(slot)) now.push(slot);
          else if (observer) observer.observe(slot);
          else later.push(slot);
        });
        later.forEach(load);
        return Promise.all(now.map(load));
      },
      /* A new answer replaces the results: their snippets are no longer wanted. */
      clear: function () {
        waiting.clear();
        if (observer) observer.disconnect();
      }
    };
  }

  window.NewsArchiveSnippets = {follow: follow};
})(window);
