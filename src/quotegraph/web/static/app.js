/* quotegraph: timeline charts (SVG), drawn from the JSON block next to each chart. */
"use strict";
(function () {
  const SVG = "http://www.w3.org/2000/svg";

  function el(name, attrs, parent) {
    const node = document.createElementNS(SVG, name);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    if (parent) parent.appendChild(node);
    return node;
  }

  function drawBars(area, buckets, unit) {
    area.textContent = "";
    const W = 800, H = 220, left = 40, bottom = 30, top = 10;
    const max = Math.max(1, ...buckets.map(b => b.statements));
    const total = buckets.reduce((s, b) => s + b.statements, 0);
    const svg = el("svg", {viewBox: `0 0 ${W} ${H}`, role: "img",
      "aria-label": `${total} statements over ${buckets.length} ${unit}s; at most ${max} in one ${unit}`,
      "data-unit": unit, "data-total": total}, area);
    const step = (W - left - 10) / Math.max(1, buckets.length);
    const y = v => H - bottom - (H - bottom - top) * v / max;
    el("line", {x1: left, x2: W - 10, y1: H - bottom, y2: H - bottom, stroke: "#8c959f"}, svg);
    el("text", {x: left - 6, y: y(max) + 4, "text-anchor": "end"}, svg).textContent = max;
    el("text", {x: left - 6, y: H - bottom + 4, "text-anchor": "end"}, svg).textContent = 0;
    const every = Math.max(1, Math.ceil(buckets.length / 8));
    buckets.forEach((b, i) => {
      const x = left + i * step;
      const h = H - bottom - y(b.statements);
      const bw = Math.max(1, Math.min(step * 0.8, 48));
      const bar = el("rect", {class: "bar", x: x + (step - bw) / 2, y: y(b.statements), width: bw,
        height: Math.max(0, h), "data-period": b.period, "data-count": b.statements}, svg);
      el("title", {}, bar).textContent = `${b.period}: ${b.statements} statement${b.statements === 1 ? "" : "s"}`;
      if (i % every === 0) {
        el("text", {x: x + step / 2, y: H - bottom + 16, "text-anchor": "middle"}, svg).textContent = b.period;
      }
    });
  }

  function setupChart(figure) {
    const data = JSON.parse(document.getElementById(figure.dataset.chart).textContent);
    const area = figure.querySelector(".chart-area");
    const buttons = figure.querySelectorAll("button[data-unit]");
    const show = unit => {
      buttons.forEach(b => b.setAttribute("aria-pressed", String(b.dataset.unit === unit)));
      drawBars(area, data[unit] || [], unit);
    };
    buttons.forEach(b => b.addEventListener("click", () => show(b.dataset.unit)));
    show("month");
  }

  document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll("figure.chart[data-chart]").forEach(f => {
      if (f.querySelector(".chart-area")) setupChart(f);
    });
  });
})();
