/* quotegraph network page: a small force-directed layout drawn as SVG, no library. */
"use strict";
(function () {
  const SVG = "http://www.w3.org/2000/svg";
  const W = 1000, H = 680;

  function el(name, attrs, parent) {
    const node = document.createElementNS(SVG, name);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    if (parent) parent.appendChild(node);
    return node;
  }

  function layout(nodes, links) {
    const n = nodes.length, idx = new Map(nodes.map((d, i) => [d.id, i]));
    nodes.forEach((d, i) => {  // deterministic start: a spiral, speakers inside
      const a = i * 2.399963, r = 40 + 260 * Math.sqrt((i + 0.5) / n);
      d.x = W / 2 + r * Math.cos(a); d.y = H / 2 + r * Math.sin(a) * 0.75;
    });
    const edges = links.map(l => [idx.get(l.source), idx.get(l.target), l.weight]).filter(e => e[0] !== undefined && e[1] !== undefined);
    const k = Math.sqrt((W * H) / Math.max(1, n)) * 0.4;
    for (let it = 0, t = 40; it < 260; it++, t *= 0.985) {
      const dx = new Float64Array(n), dy = new Float64Array(n);
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
        let x = nodes[i].x - nodes[j].x, y = nodes[i].y - nodes[j].y;
        const d2 = Math.max(1, x * x + y * y), f = (k * k) / d2;
        dx[i] += x * f; dy[i] += y * f; dx[j] -= x * f; dy[j] -= y * f;
      }
      for (const [a, b, w] of edges) {
        const x = nodes[a].x - nodes[b].x, y = nodes[a].y - nodes[b].y;
        const d = Math.max(1, Math.hypot(x, y)), f = (d / k) * Math.min(3, 0.6 + Math.log1p(w) * 0.4);
        dx[a] -= x * f; dy[a] -= y * f; dx[b] += x * f; dy[b] += y * f;
      }
      for (let i = 0; i < n; i++) {
        dx[i] += (W / 2 - nodes[i].x) * 0.08; dy[i] += (H / 2 - nodes[i].y) * 0.1;
        const len = Math.max(1e-6, Math.hypot(dx[i], dy[i])), step = Math.min(len, t);
        nodes[i].x = Math.min(W - 150, Math.max(30, nodes[i].x + dx[i] / len * step));
        nodes[i].y = Math.min(H - 20, Math.max(20, nodes[i].y + dy[i] / len * step));
      }
    }
    return edges;
  }

  function size(d) {
    return d.kind === "speaker" ? 5 + Math.sqrt(d.statements || 1) * 1.3 : 4 + Math.sqrt(d.mentions || 1) * 1.1;
  }

  function draw(box, data) {
    const nodes = data.nodes.map(d => Object.assign({}, d));
    const edges = layout(nodes, data.links);
    const svg = el("svg", {viewBox: `0 0 ${W} ${H}`, role: "group",
      "aria-label": `${nodes.length} nodes and ${edges.length} links`}, box);
    const lines = edges.map(([a, b, w]) => el("line", {class: "link", x1: nodes[a].x, y1: nodes[a].y,
      x2: nodes[b].x, y2: nodes[b].y, "stroke-width": Math.min(8, 0.8 + Math.log1p(w) * 1.2),
      "data-source": nodes[a].id, "data-target": nodes[b].id, "data-weight": w}, svg));
    const neighbours = nodes.map(() => new Set());
    edges.forEach(([a, b], i) => { neighbours[a].add(i); neighbours[b].add(i); });
    const groups = nodes.map((d, i) => {
      const g = el("a", {class: `node ${d.kind}`, href: d.href, tabindex: 0, "data-id": d.id,
        "aria-label": `${d.label}: ${d.kind}, ${neighbours[i].size} link${neighbours[i].size === 1 ? "" : "s"}`}, svg);
      const r = size(d);
      if (d.kind === "speaker") el("circle", {cx: d.x, cy: d.y, r}, g);
      else el("rect", {x: d.x - r, y: d.y - r, width: 2 * r, height: 2 * r}, g);
      el("text", {x: d.x + r + 3, y: d.y + 4}, g).textContent = d.label;
      el("title", {}, g).textContent = `${d.label} (${d.kind})`;
      return g;
    });
    const focus = i => {
      const keep = new Set([i]);
      neighbours[i].forEach(e => { keep.add(edges[e][0]); keep.add(edges[e][1]); });
      groups.forEach((g, j) => { g.classList.toggle("dim", !keep.has(j)); g.classList.toggle("on", j === i); });
      lines.forEach((l, e) => { l.classList.toggle("on", neighbours[i].has(e)); l.classList.toggle("dim", !neighbours[i].has(e)); });
    };
    const clear = () => { groups.forEach(g => g.classList.remove("dim", "on")); lines.forEach(l => l.classList.remove("dim", "on")); };
    groups.forEach((g, i) => {
      g.addEventListener("mouseenter", () => focus(i));
      g.addEventListener("focus", () => focus(i));
      g.addEventListener("mouseleave", clear);
      g.addEventListener("blur", clear);
    });
  }

  document.addEventListener("DOMContentLoaded", () => {
    const box = document.getElementById("graph");
    const data = document.getElementById("graph-data");
    if (!box || !data) return;
    const graph = JSON.parse(data.textContent);
    if (!graph.nodes.length) { box.textContent = "Nobody talks about anybody within these filters."; return; }
    draw(box, graph);
  });
})();
