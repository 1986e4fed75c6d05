/* quotegraph article page: statement details on hover and keyboard focus. */
"use strict";
(function () {
  let shown = [];
  let activeSegs = [];

  function hide() {
    shown.forEach(t => { t.hidden = true; });
    activeSegs.forEach(s => s.classList.remove("active"));
    shown = []; activeSegs = [];
  }

  function show(seg) {
    hide();
    const ids = (seg.dataset.tips || "").trim().split(/\s+/).filter(Boolean);
    const box = seg.getBoundingClientRect();
    let y = window.scrollY + box.bottom + 6;
    ids.forEach(id => {
      const tip = document.getElementById(id);
      if (!tip) return;
      tip.hidden = false;
      tip.style.left = Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - 400)) + "px";
      tip.style.top = y + "px";
      y += tip.offsetHeight + 4;
      shown.push(tip);
      const seq = id.slice(4);
      document.querySelectorAll(".hl[data-marks]").forEach(s => {
        if (s.dataset.marks.split(" ").some(m => m.split(":")[0] === seq)) {
          s.classList.add("active"); activeSegs.push(s);
        }
      });
    });
  }

  document.addEventListener("DOMContentLoaded", () => {
    const text = document.getElementById("article-text");
    if (!text) return;
    text.addEventListener("mouseover", e => {
      const seg = e.target.closest(".hl[data-tips]");
      if (seg) show(seg);
    });
    text.addEventListener("mouseleave", hide);
    text.addEventListener("focusin", e => {
      const seg = e.target.closest(".hl[data-tips]");
      if (seg) show(seg);
    });
    text.addEventListener("focusout", hide);
    document.addEventListener("keydown", e => { if (e.key === "Escape") hide(); });
    document.querySelectorAll("a[data-focus]").forEach(a => a.addEventListener("click", e => {
      const target = document.getElementById(a.dataset.focus);
      if (!target) return;
      e.preventDefault();
      const seg = target.matches("[tabindex]") ? target : target.nextElementSibling;
      (seg || target).focus();
      history.replaceState(null, "", "#" + a.dataset.focus);
    }));
    if (location.hash) {
      const target = document.getElementById(location.hash.slice(1));
      if (target && target.matches(".hl[tabindex]")) target.focus();
    }
  });
})();
