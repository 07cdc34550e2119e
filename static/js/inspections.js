/* Inspection directory: mark the rounds taking reports today and list them first.
 *
 * A static page cannot know today's date, so the browser decides at view time.
 * A round is open when its closing date is known (year, month and day) and
 * today falls between its start (the round's opening date, or the
 * announcement's) and that closing date, both days included.  Without
 * script the table stays newest first.
 */
(function () {
  "use strict";
  var list = document.getElementById("directory");
  if (!list) return;

  function pad(n) { return (n < 10 ? "0" : "") + n; }

  var now = new Date();
  var today = now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
  var open = [], rest = [];
  Array.prototype.forEach.call(list.querySelectorAll("section.round"), function (round) {
    var close = round.getAttribute("data-close"), start = round.getAttribute("data-open");
    var taking = close && today <= close && (!start || start <= today);
    (taking ? open : rest).push(round);
  });

  open.forEach(function (round) {
    round.classList.add("is-open");
    var head = round.querySelector(".round-name");
    var badge = document.createElement("span");
    badge.className = "open-badge";
    badge.textContent = "今天仍在受理举报";
    head.insertBefore(badge, head.firstChild);
  });
  // Open rounds first, each part in its newest-first order.
  open.concat(rest).forEach(function (round) { list.appendChild(round); });

  var note = document.getElementById("dir-open-now");
  if (note) {
    var day = now.getFullYear() + "年" + (now.getMonth() + 1) + "月" + now.getDate() + "日";
    note.textContent = open.length
      ? "今天（" + day + "）本页有 " + open.length + " 轮巡察仍在受理举报，已排在最前并标出。"
      : "按原文写明的截止日期，今天（" + day + "）本页没有仍在受理举报的巡察。";
    note.hidden = false;
  }
})();
