// The partner network of a country: a small force layout drawn in SVG, no library.
// Nodes link to the partner's country page; they can be dragged. Names are set as text, never HTML.
"use strict";

(function () {
  const svg = document.getElementById("network");
  const source = document.getElementById("network-data");
  if (!svg || !source) return;
  const graph = JSON.parse(source.textContent);
  const NS = "http://www.w3.org/2000/svg";
  const width = 800, height = 480;
  const nodes = graph.nodes.map((n, i) => {
    // start on a circle around the centre so the layout settles quickly and the same way each time
    const angle = (2 * Math.PI * i) / Math.max(1, graph.nodes.length - 1);
    return Object.assign({}, n, n.centre
      ? { x: width / 2, y: height / 2, vx: 0, vy: 0 }
      : { x: width / 2 + 160 * Math.cos(angle), y: height / 2 + 160 * Math.sin(angle), vx: 0, vy: 0 });
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const links = graph.links.map((l) => ({ source: byId.get(l.source), target: byId.get(l.target), weight: l.weight }))
    .filter((l) => l.source && l.target);
  const maxDeals = Math.max(1, ...nodes.map((n) => n.deals));

  function element(name, attributes) {
    const el = document.createElementNS(NS, name);
    for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, value);
    return el;
  }

  const linkLayer = element("g", { class: "links" });
  const nodeLayer = element("g", { class: "nodes" });
  svg.append(linkLayer, nodeLayer);
  for (const l of links) {
    l.el = element("line", { class: "link", "stroke-width": String(1 + 2 * Math.log2(1 + l.weight)) });
    const title = element("title", {});
    title.textContent = l.weight + (l.weight === 1 ? " deal" : " deals");
    l.el.append(title);
    linkLayer.append(l.el);
  }
  for (const n of nodes) {
    n.radius = n.centre ? 26 : 10 + 14 * Math.sqrt(n.deals / maxDeals);
    const group = element("a", { class: n.centre ? "node centre" : "node", href: "/countries/" + encodeURIComponent(n.id) });
    group.append(element("circle", { r: String(n.radius) }));
    const label = element("text", { dy: String(n.radius + 14), "text-anchor": "middle" });
    label.textContent = n.centre ? n.name : n.name + " (" + n.deals + ")";
    const title = element("title", {});
    title.textContent = n.name + " (" + n.id + "): " + n.deals + (n.deals === 1 ? " deal" : " deals");
    group.append(label, title);
    n.el = group;
    nodeLayer.append(group);
    dragging(n);
  }

  function step(alpha) {
    for (const a of nodes) {
      for (const b of nodes) {
        if (a === b) continue;
        const dx = a.x - b.x, dy = a.y - b.y;
        const d2 = Math.max(dx * dx + dy * dy, 100);
        const push = (alpha * 4000) / d2;
        a.vx += dx * push / Math.sqrt(d2);
        a.vy += dy * push / Math.sqrt(d2);
      }
    }
    for (const l of links) {
      const dx = l.target.x - l.source.x, dy = l.target.y - l.source.y;
      const d = Math.max(Math.sqrt(dx * dx + dy * dy), 1);
      const pull = alpha * 0.05 * (d - 150) / d;
      l.target.vx -= dx * pull; l.target.vy -= dy * pull;
      l.source.vx += dx * pull; l.source.vy += dy * pull;
    }
    for (const n of nodes) {
      if (n.centre || n.fixed) { n.vx = n.vy = 0; continue; }
      n.vx += (width / 2 - n.x) * alpha * 0.005;
      n.vy += (height / 2 - n.y) * alpha * 0.005;
      n.x = Math.min(width - n.radius, Math.max(n.radius, n.x + n.vx));
      n.y = Math.min(height - n.radius - 16, Math.max(n.radius, n.y + n.vy));
      n.vx *= 0.6; n.vy *= 0.6;
    }
  }

  function draw() {
    for (const l of links) {
      l.el.setAttribute("x1", l.source.x); l.el.setAttribute("y1", l.source.y);
      l.el.setAttribute("x2", l.target.x); l.el.setAttribute("y2", l.target.y);
    }
    for (const n of nodes) n.el.setAttribute("transform", "translate(" + n.x + "," + n.y + ")");
  }

  let alpha = 1;
  function tick() {
    step(alpha);
    draw();
    alpha *= 0.97;
    if (alpha > 0.01) requestAnimationFrame(tick);
  }

  function dragging(n) {
    let moved = false;
    n.el.addEventListener("pointerdown", (event) => {
      if (n.centre) return;
      moved = false;
      n.fixed = true;
      n.el.setPointerCapture(event.pointerId);
    });
    n.el.addEventListener("pointermove", (event) => {
      if (!n.fixed) return;
      const point = svg.createSVGPoint();
      point.x = event.clientX; point.y = event.clientY;
      const local = point.matrixTransform(svg.getScreenCTM().inverse());
      n.x = local.x; n.y = local.y; moved = true;
      draw();
    });
    n.el.addEventListener("pointerup", () => { n.fixed = false; if (moved) { alpha = 0.3; tick(); } });
    // a drag must not also follow the link
    n.el.addEventListener("click", (event) => { if (moved) event.preventDefault(); });
  }

  // settle most of the layout before the first paint, then animate the rest
  for (let i = 0; i < 60; i++) { step(alpha); alpha *= 0.97; }
  draw();
  tick();
})();
