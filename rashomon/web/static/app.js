// Rashomon pages: details on hover and keyboard focus, partner highlights on the compare
// page, and "go to evidence" (scroll to a span of the text and flash it).
(function () {
  "use strict";
  var tip = null;

  // The details of the highlight under the pointer, then of the highlights around it
  // (a name inside a statement inside a compared point), innermost first.
  function showTip(target) {
    if (!tip) return;
    tip.replaceChildren();
    var shown = 0;
    for (var el = target; el && shown < 3; el = el.parentElement) {
      if (!el.dataset || !el.dataset.tip) continue;
      var source = document.getElementById(el.dataset.tip);
      if (!source) continue;
      var part = document.createElement("div");
      part.className = "tip-part";
      Array.prototype.forEach.call(source.childNodes, function (node) {
        part.appendChild(node.cloneNode(true));
      });
      tip.appendChild(part);
      shown += 1;
    }
    if (!shown) return;
    tip.hidden = false;
    var box = target.getBoundingClientRect();
    var width = Math.min(360, window.innerWidth - 16);
    tip.style.maxWidth = width + "px";
    var left = Math.max(8, Math.min(box.left, window.innerWidth - width - 8));
    var below = box.bottom + 6;
    tip.style.left = left + "px";
    tip.style.top = below + "px";
    var height = tip.getBoundingClientRect().height;
    if (below + height > window.innerHeight && box.top - height - 6 > 0) {
      tip.style.top = (box.top - height - 6) + "px";
    }
  }

  // Every mention of the same name (or piece of the same statement) lights up too.
  function same(target, on) {
    document.querySelectorAll('[data-tip="' + target.dataset.tip + '"]').forEach(function (el) {
      el.classList.toggle("same", on);
    });
  }

  function hideTip() {
    if (tip) tip.hidden = true;
  }

  function light(target, on) {
    var pair = target.dataset.pair;
    document.querySelectorAll('[data-pair="' + pair + '"]').forEach(function (el) {
      el.classList.toggle("lit", on);
    });
  }

  function enter(event) {
    var target = event.target.closest ? event.target.closest("[data-tip]") : null;
    if (target) {
      showTip(target);
      same(target, true);
    }
    var paired = event.target.closest ? event.target.closest("[data-pair]") : null;
    if (paired) light(paired, true);
  }

  function leave(event) {
    var target = event.target.closest ? event.target.closest("[data-tip]") : null;
    if (target && !(event.relatedTarget && target.contains(event.relatedTarget))) {
      hideTip();
      same(target, false);
    }
    var paired = event.target.closest ? event.target.closest("[data-pair]") : null;
    if (paired && !(event.relatedTarget && paired.contains(event.relatedTarget))) {
      light(paired, false);
    }
  }

  // Flash the parts of document `key` inside the spans "s-e,s-e"; scroll to the first.
  function flash(key, spans) {
    var doc = document.getElementById("doc-" + key);
    if (!doc) return;
    var ranges = spans.split(",").map(function (span) {
      var edges = span.split("-");
      return [parseInt(edges[0], 10), parseInt(edges[1], 10)];
    });
    var found = [];
    doc.querySelectorAll("span[data-s]:not([class])").forEach(function (el) {
      var s = parseInt(el.dataset.s, 10), e = parseInt(el.dataset.e, 10);
      if (ranges.some(function (r) { return s < r[1] && e > r[0]; })) found.push(el);
    });
    if (!found.length) return;
    var details = found[0].closest("details");
    if (details) details.open = true;
    found[0].scrollIntoView({ block: "center", behavior: "smooth" });
    found.forEach(function (el) {
      el.classList.remove("flash");
      void el.offsetWidth; // restart the animation
      el.classList.add("flash");
    });
    window.setTimeout(function () {
      found.forEach(function (el) { el.classList.remove("flash"); });
    }, 2500);
  }

  function click(event) {
    var go = event.target.closest ? event.target.closest("[data-goto]") : null;
    if (go) {
      var at = go.dataset.goto.indexOf(":");
      flash(go.dataset.goto.slice(0, at), go.dataset.goto.slice(at + 1));
      return;
    }
    var paired = event.target.closest ? event.target.closest("[data-pair]") : null;
    if (paired) {
      document.querySelectorAll('[data-pair="' + paired.dataset.pair + '"]').forEach(
        function (el) {
          if (el !== paired) el.scrollIntoView({ block: "nearest", behavior: "smooth" });
        });
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    tip = document.getElementById("tip");
    document.addEventListener("mouseover", enter);
    document.addEventListener("focusin", enter);
    document.addEventListener("mouseout", leave);
    document.addEventListener("focusout", leave);
    document.addEventListener("click", click);
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape") hideTip();
      if ((event.key === "Enter" || event.key === " ") && event.target.dataset &&
          event.target.dataset.pair) {
        event.preventDefault();
        click(event);
      }
    });
    // "Hide statements whose speaker was guessed or not found", in the text and panels.
    document.addEventListener("change", function (event) {
      if (event.target.dataset && "hideUncertain" in event.target.dataset) {
        document.body.classList.toggle("hide-uncertain", event.target.checked);
      }
    });
    var at = document.body.dataset.at;
    var first = document.querySelector(".doc");
    if (at && first) flash(first.dataset.doc, at);
  });
})();
