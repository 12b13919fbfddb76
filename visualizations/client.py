"""The page's own script: draw, search, hover, click, evidence panel, "+N more".

Text reaches the page only through textContent (and vis-network's canvas text); no innerHTML,
no insertAdjacentHTML, no document.write, no eval, no request (tests/viz check all of these).
"""

from __future__ import annotations

SCRIPT = r"""
(function () {
  "use strict";
  performance.mark("cg:start");
  var all = JSON.parse(document.getElementById("graph-data").textContent);
  performance.mark("cg:parsed");
  var current = null;

  // One view: the graph, its labels, the panel, the search. A deck calls it once per step.
  function start(data) {
  var details = data.details, links = data.links, folds = data.folds;
  var large = data.nodes.length > data.largeAt;
  var hidden = data.hidden.map(function (e) {
    return { item: strip(e), hiddenBy: e.hiddenBy.slice() };
  });
  var foldOf = {};
  Object.keys(folds).forEach(function (id) {
    folds[id].nodes.forEach(function (n) { foldOf[n.id] = id; });
  });

  function strip(e) {
    var copy = {};
    Object.keys(e).forEach(function (k) { if (k !== "hiddenBy") { copy[k] = e[k]; } });
    return copy;
  }
  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (cls) { node.className = cls; }
    return node;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function words(name) { return String(name).replace(/_/g, " ").toLowerCase(); }
  function kindWords(kind) {
    return String(kind).replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  }
  function nameOf(id) { return details[id] ? details[id].name : String(id); }
  function addRows(list, rows) {
    rows.forEach(function (row) {
      if (row[1] === undefined || row[1] === null || row[1] === "") { return; }
      list.appendChild(el("dt", row[0]));
      list.appendChild(el("dd", row[1]));
    });
  }

  // A small view comes laid out for several window sizes (page.py: layouts): it takes the
  // one made for the largest frame its window holds at zoom 1, else the smallest.
  var container = document.getElementById("graph");
  var layouts = [], layout = null;
  if (data.frame && data.layouts && data.layouts.length) {
    var kept = { frame: data.frame.slice(), nodes: {}, smooth: [] };
    data.nodes.forEach(function (n) {
      kept.nodes[n.id] = [n.x, n.y, n.slot === undefined ? null : n.slot, !!n.two];
    });
    kept.smooth = data.edges.map(function (e) { return e.smooth || false; });
    layouts = [kept].concat(data.layouts);
  }
  function pickLayout() {
    var w = (container.clientWidth || 800) - 2 * data.frameMargin;
    var h = (container.clientHeight || 600) - 2 * data.frameMargin;
    var fits = null, smallest = null;
    layouts.forEach(function (l) {
      var area = l.frame[0] * l.frame[1];
      if (l.frame[0] <= w + 1 && l.frame[1] <= h + 1 &&
          (!fits || area > fits.frame[0] * fits.frame[1])) { fits = l; }
      if (!smallest || area < smallest.frame[0] * smallest.frame[1]) { smallest = l; }
    });
    return fits || smallest;
  }
  function applyLayout(chosen) {
    layout = chosen;
    data.frame = chosen.frame;
    data.nodes.forEach(function (n) {
      var at = chosen.nodes[n.id];
      if (!at) { return; }
      n.x = at[0]; n.y = at[1];
      if (at[2] === null) { delete n.slot; } else { n.slot = at[2]; }
      n.two = at[3];
    });
    data.edges.forEach(function (e, i) { e.smooth = chosen.smooth[i]; });
  }
  if (layouts.length) { applyLayout(pickLayout()); }

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  performance.mark("cg:datasets");
  var options = {
    autoResize: true,
    physics: { enabled: false },
    layout: { improvedLayout: false, randomSeed: 7 },
    groups: data.groups,
    nodes: { borderWidth: 2 },
    edges: {
      smooth: false,
      arrows: { to: { enabled: true, scaleFactor: 0.7 } },
      selectionWidth: 3,
      hoverWidth: 1.5
    },
    interaction: {
      hover: true,
      hideEdgesOnDrag: large,
      hideEdgesOnZoom: large,
      tooltipDelay: 150,
      keyboard: { enabled: true, bindToWindow: false },
      navigationButtons: false
    }
  };
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  performance.mark("cg:network");

  // ---- labels: drawn by the page, in screen pixels, never on top of each other ----------
  // vis-network scales label text with the zoom (6 px at fit in a big view) and lets labels
  // pile up. Here each label keeps its size in pixels (LABEL_PX and up, from the data); labels
  // are placed in order of importance (the searched or selected or hovered node, then the
  // focus, then by links) at the first free spot around their node (below, above, right, left,
  // the corners); a label that would touch a drawn label or node waits until you zoom in.
  var MARGIN_X = 40, MARGIN_Y = 40, FACE = "system-ui, 'DejaVu Sans', sans-serif";
  var CELL = 64, LINE = 1.2, PAD = 2, MISSES = 150, LABEL_SCALE = all.labelScale || 1;
  var CALLOUT_REACH = 240;  // screen pixels: how far a label may sit from its node
  var order = data.nodes.slice();
  function byRank(a, b) { return (b.rank || 0) - (a.rank || 0) || (a.id < b.id ? -1 : 1); }
  order.sort(byRank);
  var taggedEdges = data.edges.filter(function (e) { return e.tag; }).map(function (e) {
    return e.id;
  });
  var focus = data.focus ? [data.focus] : [];
  var pinned = focus;  // ids drawn before anything else (hovered, selected, found, the focus)
  var widths = {};
  var placedLabels = [];
  // small views were laid out with each label beside its node, on the side its links leave
  // free (data: side -1 is the left): try that side first
  var sided = data.nodes.length <= data.declutterAt;
  function sideOf(n) { return n.side || (sided ? 1 : 0); }
  function lineWidths(ctx, key, lines, px) {
    var cached = widths[key];
    if (!cached || cached.px !== px) {
      ctx.font = "600 " + px + "px " + FACE;
      cached = { px: px, w: lines.map(function (l) { return ctx.measureText(l).width; }) };
      widths[key] = cached;
    }
    return cached.w;
  }
  function Grid() { this.cells = {}; }
  Grid.prototype.key = function (i, j) { return i * 100003 + j; };
  Grid.prototype.hits = function (b) {
    for (var i = Math.floor(b[0] / CELL); i <= Math.floor(b[2] / CELL); i++) {
      for (var j = Math.floor(b[1] / CELL); j <= Math.floor(b[3] / CELL); j++) {
        var list = this.cells[this.key(i, j)];
        if (!list) { continue; }
        for (var k = 0; k < list.length; k++) {
          var o = list[k];
          if (!o.dead && o.owner !== b[4] && o.b[0] < b[2] && b[0] < o.b[2] &&
              o.b[1] < b[3] && b[1] < o.b[3]) { return true; }
        }
      }
    }
    return false;
  };
  Grid.prototype.add = function (b, owner) {
    var item = { b: b, owner: owner };
    for (var i = Math.floor(b[0] / CELL); i <= Math.floor(b[2] / CELL); i++) {
      for (var j = Math.floor(b[1] / CELL); j <= Math.floor(b[3] / CELL); j++) {
        var k = this.key(i, j);
        (this.cells[k] || (this.cells[k] = [])).push(item);
      }
    }
    return item;
  };
  function drawLabels(ctx) {
    var view = network.body.view, scale = view.scale, tx = view.translation.x;
    var ty = view.translation.y, bodyNodes = network.body.nodes;
    var width = container.clientWidth, height = container.clientHeight;
    var ratio = (network.canvas && network.canvas.pixelRatio) || window.devicePixelRatio || 1;
    var grid = new Grid();
    var seen = {}, chosen = [];
    function screen(node) { return { x: node.x * scale + tx, y: node.y * scale + ty }; }
    // every node's shape is an obstacle for every label but its own
    // (vis's own list of drawn nodes: DataSet.get copies an item, too slow at 10,000 a frame)
    var drawn = network.body.nodeIndices;
    for (var d = 0; d < drawn.length; d++) {
      var node = bodyNodes[drawn[d]];
      var p0 = screen(node), r0 = Math.max(3, (node.options.size || 20) * scale);
      if (p0.x < -r0 || p0.y < -r0 || p0.x > width + r0 || p0.y > height + r0) { continue; }
      grid.add([p0.x - r0, p0.y - r0, p0.x + r0, p0.y + r0, null], drawn[d]);
    }
    // A free spot around (cx, cy) for these lines: below, above, right, left, the corners.
    function spot(owner, cx, cy, r, lines, px, force, side, slot, only) {
      var ws = lineWidths(ctx, owner + "\u0000" + lines.join("\n"), lines, px);
      var w = Math.max.apply(null, ws), h = lines.length * px * LINE, gap = r + 3;
      var right = [cx + gap, cy - h / 2], left = [cx - gap - w, cy - h / 2];
      var below = [cx - w / 2, cy + gap], above = [cx - w / 2, cy - gap - h];
      var corners = [
        [cx + gap * 0.7, cy + gap * 0.7], [cx - gap * 0.7 - w, cy + gap * 0.7],
        [cx + gap * 0.7, cy - gap * 0.7 - h], [cx - gap * 0.7 - w, cy - gap * 0.7 - h]
      ];
      // the side the layout kept free for it first (small views), else below and above
      var spots = (side > 0 ? [right, left, below, above] : side < 0 ?
                   [left, right, below, above] : [below, above, right, left]).concat(corners);
      // the spot the layout kept for it (small views: visualizations/room.py SLOTS) first
      if (slot !== undefined && slot !== null) {
        var kept = [right, left, below, above].concat(corners)[slot];
        spots = only ? [kept] : [kept].concat(spots);
      }
      for (var s = 0; s < spots.length; s++) {
        var x = spots[s][0], y = spots[s][1];
        var box = [x - PAD, y - PAD, x + w + PAD, y + h + PAD, owner];
        if (x < 0 || y < 0 || x + w > width || y + h > height) { continue; }
        if (!grid.hits(box)) {
          return { id: owner, x: x, y: y, w: w, h: h, px: px, lines: lines, ws: ws, box: box };
        }
      }
      if (!force) { return null; }
      var at = below;  // a pinned label is drawn anyway, below its node
      return { id: owner, x: at[0], y: at[1], w: w, h: h, px: px, lines: lines, ws: ws,
               box: [at[0] - PAD, at[1] - PAD, at[0] + w + PAD, at[1] + h + PAD, owner] };
    }
    // No room next to its node (a crowded view that shows every label): the label goes a
    // little further out, nearest first, with a thin leader line from the node's edge to it.
    // The line must cross no other label or node, and becomes an obstacle itself.
    function callout(owner, cx, cy, r, lines, px) {
      var ws = lineWidths(ctx, owner + "\u0000" + lines.join("\n"), lines, px);
      var w = Math.max.apply(null, ws), h = lines.length * px * LINE;
      for (var d = r + 16; d <= r + CALLOUT_REACH; d += 14) {
        for (var a = 0; a < 16; a++) {
          var angle = (a % 2 ? a + 8 : a) * Math.PI / 8 + Math.PI / 2, c = Math.cos(angle);
          var s = Math.sin(angle), ex = cx + c * d, ey = cy + s * d;
          var x = c > 0.38 ? ex : c < -0.38 ? ex - w : ex - w / 2;
          var y = s > 0.38 ? ey : s < -0.38 ? ey - h : ey - h / 2;
          if (x < 0 || y < 0 || x + w > width || y + h > height) { continue; }
          var box = [x - PAD, y - PAD, x + w + PAD, y + h + PAD, owner];
          if (grid.hits(box)) { continue; }
          var path = [], clear = true;
          for (var t = r + 3; t < d - 2 && clear; t += 5) {
            var px0 = cx + c * t, py0 = cy + s * t;
            var dot = [px0 - 1.5, py0 - 1.5, px0 + 1.5, py0 + 1.5, owner];
            clear = !grid.hits(dot);
            path.push(dot);
          }
          if (!clear) { continue; }
          return { id: owner, x: x, y: y, w: w, h: h, px: px, lines: lines, ws: ws, box: box,
                   path: path, leader: [cx + c * (r + 2), cy + s * (r + 2), ex, ey] };
        }
      }
      return null;
    }
    function take(label, color) {
      label.color = color;
      label.item = grid.add(label.box, label.id);
      (label.path || []).forEach(function (dot) { grid.add(dot, label.id); });
      chosen.push(label);
      return label;
    }
    function where(item) {
      var node = bodyNodes[item.id];
      if (!node) { return null; }
      var p = screen(node);
      if (p.x < -200 || p.y < -100 || p.x > width + 200 || p.y > height + 100) { return null; }
      p.r = Math.max(3, (node.options.size || 20) * scale);
      return p;
    }
    function lines(text) { return String(text).split("\n"); }
    // a one-line label on two lines, broken at the space or ellipsis nearest its middle
    function halves(one) {
      if (one.length !== 1) { return null; }
      var text = one[0], best = -1, mid = text.length / 2;
      for (var i = 1; i < text.length - 1; i++) {
        var breaks = text[i] === " " || text[i - 1] === "\u2026";
        if (breaks && (best < 0 || Math.abs(i - mid) < Math.abs(best - mid))) { best = i; }
      }
      return best < 0 ? null : [text.slice(0, best).trim(), text.slice(best).trim()];
    }
    pinned.forEach(function (id) {
      var n = nodes.get(id), p = n && !seen[id] && where(n);
      if (!p || !n.text) { return; }
      seen[id] = true;
      var px = (n.px || 16) * LABEL_SCALE;  // long form, else short, else long over nodes
      take(spot(id, p.x, p.y, p.r, lines(n.text), px, false, sideOf(n), n.slot) ||
           (n.short && spot(id, p.x, p.y, p.r, lines(n.short), px, false, sideOf(n))) ||
           spot(id, p.x, p.y, p.r, lines(n.text), px, true, sideOf(n)), "#111111");
    });
    // a small view: every label first at the spot the layout kept for it (room.py), if free
    var shortOnes = [];
    order.forEach(function (n) {
      var p = n.slot !== undefined && !seen[n.id] && n.text && bodyNodes[n.id] && where(n);
      if (!p) { return; }
      var px = (n.px || 16) * LABEL_SCALE, first = lines(n.short || n.text);
      var folded = n.two && halves(first);
      var found = spot(n.id, p.x, p.y, p.r, folded || first, px, false, 0, n.slot, true);
      if (found) {
        seen[n.id] = true;
        take(found, "#111111");
        if (n.short) { shortOnes.push([n, p, found]); }
      }
    });
    // the words on lines whose meaning turns ("opposes"), in the line's colour
    taggedEdges.forEach(function (id) {
      var edge = network.body.edges[id], item = edges.get(id);
      if (!edge || !item || !edge.edgeType) { return; }
      var at = edge.edgeType.getPoint(0.5);
      var found = spot("edge:" + id, at.x * scale + tx, at.y * scale + ty, 2, [item.tag],
                       15 * LABEL_SCALE, false);
      if (found) { take(found, item.color.color); }
    });
    // first every label in its short form, then the long form where it still has room
    // (in a big view, after MISSES labels in a row found no room, the rest will not either)
    var away = [], budget = 4000, misses = 0;
    var everyLabel = nodes.length <= data.declutterAt;
    for (var k = 0; k < order.length && budget > 0 && misses < MISSES; k++) {
      var n = order[k], p;
      if (seen[n.id] || !n.text || !bodyNodes[n.id] || !(p = where(n))) { continue; }
      budget--;
      seen[n.id] = true;
      var px = (n.px || 16) * LABEL_SCALE;
      var first = lines(n.short || n.text), folded = everyLabel && halves(first);
      var found = (n.two && folded &&
                   spot(n.id, p.x, p.y, p.r, folded, px, false, sideOf(n), n.slot)) ||
                  spot(n.id, p.x, p.y, p.r, first, px, false, sideOf(n), n.slot) ||
                  (folded && spot(n.id, p.x, p.y, p.r, folded, px, false, sideOf(n)));
      if (found) { take(found, "#111111"); if (n.short) { shortOnes.push([n, p, found]); } }
      else if (everyLabel) { away.push([n, p, px, first, folded]); }
      misses = found ? 0 : misses + 1;
    }
    away.forEach(function (entry) {
      var n = entry[0], p = entry[1];
      var found = callout(n.id, p.x, p.y, p.r, entry[3], entry[2]) ||
                  (entry[4] && callout(n.id, p.x, p.y, p.r, entry[4], entry[2]));
      if (found) { take(found, "#111111"); }
    });
    shortOnes.forEach(function (entry) {
      var n = entry[0], p = entry[1], short = entry[2];
      short.item.dead = true;
      var full = spot(n.id, p.x, p.y, p.r, lines(n.text), (n.px || 16) * LABEL_SCALE, false,
                      sideOf(n));
      if (full) {
        chosen.splice(chosen.indexOf(short), 1);
        take(full, "#111111");
      } else {
        short.item.dead = false;
      }
    });
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.textAlign = "left";
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    placedLabels = [];
    chosen.forEach(function (label) {
      if (label.leader) {
        var l = label.leader;
        ctx.lineWidth = 1.5;
        ctx.strokeStyle = "rgba(80,80,80,0.85)";
        ctx.beginPath();
        ctx.moveTo(l[0], l[1]);
        ctx.lineTo(l[2], l[3]);
        ctx.stroke();
      }
      ctx.font = "600 " + label.px + "px " + FACE;
      ctx.lineWidth = Math.max(4, label.px * 0.3);
      ctx.strokeStyle = "rgba(255,255,255,0.92)";
      ctx.fillStyle = label.color;
      for (var i = 0; i < label.lines.length; i++) {
        var ly = label.y + i * label.px * LINE + (LINE - 1) * label.px / 2;
        var lx = label.x + (label.w - label.ws[i]) / 2;
        ctx.strokeText(label.lines[i], lx, ly);
        ctx.fillText(label.lines[i], lx, ly);
      }
      placedLabels.push({ id: label.id, x: label.x, y: label.y, w: label.w, h: label.h,
                          px: label.px, text: label.lines.join("\n"), widths: label.ws,
                          color: label.color, leader: label.leader || null });
    });
    ctx.restore();
  }
  network.on("afterDrawing", drawLabels);

  // ---- groups: a tinted area under each community, named in the legend by its anchor -----
  // (the union of a round patch around each member, filled at once: no darker overlaps)
  var GROUP_PX = 34;  // screen pixels around each member
  var clusters = data.clusters || [];
  function groupPatches(scale) {
    var bodyNodes = network.body.nodes;
    return clusters.map(function (c) {
      var patches = [];
      c.members.forEach(function (id) {
        var node = bodyNodes[id];
        if (node) {
          patches.push([node.x, node.y, GROUP_PX / scale + (node.options.size || 20)]);
        }
      });
      return { colour: c.colour, patches: patches };
    });
  }
  network.on("beforeDrawing", function (ctx) {
    if (!clusters.length) { return; }
    ctx.save();
    ctx.globalAlpha = 0.1;
    groupPatches(network.getScale()).forEach(function (group) {
      ctx.fillStyle = group.colour;
      ctx.beginPath();
      group.patches.forEach(function (p) {
        ctx.moveTo(p[0] + p[2], p[1]);
        ctx.arc(p[0], p[1], p[2], 0, 2 * Math.PI);
      });
      ctx.fill("nonzero");
    });
    ctx.restore();
  });
  (function legendGroups() {
    var list = document.getElementById("groups"), title = document.getElementById("groups-title");
    if (!list) { return; }
    clear(list);
    title.hidden = !clusters.length;
    clusters.forEach(function (c) {
      var li = el("li", null, "group-" + c.tint);
      li.appendChild(el("span", null, "swatch"));
      li.appendChild(document.createTextNode((c.coalition ? "" : "around ") + c.name + " "));
      li.appendChild(el("span", "(" + c.members.length + ")", "count"));
      list.appendChild(li);
    });
  })();
  function pin(ids) { pinned = ids.concat(focus); network.redraw(); }
  function addOrder(items) {
    items.forEach(function (n) { order.push(n); });
    order.sort(byRank);
  }
  // Fit the nodes, leaving a margin in screen pixels for the labels around the outer ones.
  function fitView() {
    var x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
    nodes.forEach(function (n) {
      if (n.x === undefined) { return; }
      var r = n.size || 20;
      x0 = Math.min(x0, n.x - r); x1 = Math.max(x1, n.x + r);
      y0 = Math.min(y0, n.y - r); y1 = Math.max(y1, n.y + r);
    });
    if (x0 === Infinity) { return; }
    var width = container.clientWidth || 800, height = container.clientHeight || 600;
    var mx = MARGIN_X, my = MARGIN_Y;
    if (data.frame) {  // a small view, laid out with its labels in this frame: fit the frame
      x0 = Math.min(x0, -data.frame[0] / 2); x1 = Math.max(x1, data.frame[0] / 2);
      y0 = Math.min(y0, -data.frame[1] / 2); y1 = Math.max(y1, data.frame[1] / 2);
      mx = my = data.frameMargin;
    }
    var scale = Math.min(1.5, (width - 2 * mx) / (x1 - x0), (height - 2 * my) / (y1 - y0));
    network.moveTo({ position: { x: (x0 + x1) / 2, y: (y0 + y1) / 2 }, scale: scale,
                     animation: false });
  }
  // A straight line that runs through a node it does not touch reads as a link to that node:
  // bend it (a static curve, either side, more and more) until it passes clear of every node.
  // (A small view laid out with its labels comes with its lines bent already: room.py.)
  function clearLines() {
    var body = network.body, ids = nodes.getIds();
    if (ids.length > data.declutterAt || data.frame) { return 0; }
    var began = performance.now();
    function through(edge) {
      for (var t = 0.04; t < 0.97; t += 0.04) {
        var p = edge.edgeType.getPoint(t);
        for (var i = 0; i < ids.length; i++) {
          if (ids[i] === edge.fromId || ids[i] === edge.toId) { continue; }
          var n = body.nodes[ids[i]], r = (n.options.size || 20) + 4;
          if ((p.x - n.x) * (p.x - n.x) + (p.y - n.y) * (p.y - n.y) < r * r) { return true; }
        }
      }
      return false;
    }
    var bent = 0;
    edges.getIds().forEach(function (id) {
      var edge = body.edges[id], was = edges.get(id).smooth;
      if (performance.now() - began > 1000) { return; }  // a time limit on opening the page
      if (!edge || !edge.edgeType || !through(edge)) { return; }
      var tries = [];
      [0.2, 0.35, 0.5, 0.7, 0.9].forEach(function (roundness) {
        // a link already bent to stand apart from its parallels keeps its side
        (was ? [was.type] : ["curvedCW", "curvedCCW"]).forEach(function (type) {
          if (!was || roundness > was.roundness) {
            tries.push({ enabled: true, type: type, roundness: roundness });
          }
        });
      });
      for (var k = 0; k < tries.length; k++) {
        edges.update({ id: id, smooth: tries[k] });
        if (!through(body.edges[id])) { bent++; return; }
      }
      edges.update({ id: id, smooth: was || false });
    });
    return bent;
  }
  clearLines();
  fitView();
  // a window resized (a projector plugged in): the layout made for its size, fitted again
  window.addEventListener("resize", function () {
    if (!layouts.length || current !== api) { return; }
    var chosen = pickLayout();
    if (chosen === layout) { return; }
    applyLayout(chosen);
    // whole items: vis-network takes a partial one's missing options from the node's group
    nodes.update(data.nodes.filter(function (n) { return nodes.get(n.id); }).map(function (n) {
      return Object.assign({}, n, { slot: n.slot === undefined ? null : n.slot });
    }));
    edges.update(data.edges.filter(function (e) { return edges.get(e.id); }));
    fitView();
    network.redraw();
  });

  // What is drawn, in the graph pane's pixels, for a vector picture (visualizations/picture.py
  // writes it as SVG): lines as points along them, shapes, the labels as placed, the legend.
  function picture() {
    var body = network.body, view = body.view, scale = view.scale;
    var tx = view.translation.x, ty = view.translation.y;
    function at(p) { return [p.x * scale + tx, p.y * scale + ty]; }
    var shapes = [], lines = [];
    nodes.forEach(function (item) {
      var node = body.nodes[item.id];
      if (!node) { return; }
      var o = node.options, c = at(node);
      shapes.push({ id: item.id, x: c[0], y: c[1], r: (o.size || 20) * scale, shape: o.shape,
                    fill: o.color.background, stroke: o.color.border,
                    dashed: !!(o.shapeProperties && o.shapeProperties.borderDashes) });
    });
    edges.forEach(function (item) {
      var edge = body.edges[item.id];
      if (!edge || !edge.edgeType || !edge.from || !edge.to) { return; }
      var rTo = (edge.to.options.size || 20) + 2, rFrom = (edge.from.options.size || 20) + 2;
      var points = [];
      for (var t = 0; t <= 1.0001; t += item.smooth && item.smooth.enabled ? 0.04 : 1) {
        var p = edge.edgeType.getPoint(Math.min(1, t));
        var dTo = Math.hypot(p.x - edge.to.x, p.y - edge.to.y);
        var dFrom = Math.hypot(p.x - edge.from.x, p.y - edge.from.y);
        if (t > 0 && t < 1 && (dTo < rTo || dFrom < rFrom)) { continue; }
        points.push(at(p));
      }
      // end at the shapes' edges, not their centres
      function trim(end, other, r) {
        var dx = other[0] - end[0], dy = other[1] - end[1], d = Math.hypot(dx, dy) || 1;
        var k = Math.min(r * scale, d / 2) / d;
        return [end[0] + dx * k, end[1] + dy * k];
      }
      if (points.length >= 2) {
        points[0] = trim(points[0], points[1], rFrom);
        var last = points.length - 1;
        points[last] = trim(points[last], points[last - 1], rTo);
      }
      var dashes = (item.dashes || []).map(function (d) { return d * scale; });
      lines.push({ id: item.id, points: points, color: item.color.color,
                   width: Math.max(1, (item.width || 2) * scale), dashes: dashes });
    });
    function rows(selector, swatch) {
      var found = [];
      document.querySelectorAll(selector).forEach(function (li) {
        var mark = li.querySelector(".swatch"), look = getComputedStyle(mark);
        found.push({ text: li.textContent.replace(/\s+/g, " ").trim(),
                     glyph: swatch ? mark.textContent : "", color: swatch ? look.color :
                     look.borderTopColor, line: look.borderTopStyle, fill: look.backgroundColor,
                     width: parseFloat(look.borderTopWidth) || 0 });
      });
      return found;
    }
    var groups = groupPatches(scale).map(function (g) {
      return { colour: g.colour, patches: g.patches.map(function (p) {
        var c = at({ x: p[0], y: p[1] });
        return [c[0], c[1], p[2] * scale];
      }) };
    });
    return { width: container.clientWidth, height: container.clientHeight, shapes: shapes,
             lines: lines, labels: placedLabels.slice(), groups: groups,
             legend: { kinds: rows("#legend > ul.kinds > li", true),
                       links: rows("#legend > ul.rels > li", false),
                       groups: rows("#legend > ul.groups > li", false) } };
  }

  var api = {
    network: network, nodes: nodes, edges: edges, data: data, ready: false, readyAt: null,
    expand: expand, showNode: showNode, showEdge: showEdge, find: find, fitView: fitView,
    labels: function () { return placedLabels.slice(); }, picture: picture,
    layoutFrame: function () { return layout ? layout.frame : data.frame; }
  };
  window.coalitionGraph = api;
  network.once("afterDrawing", function () {
    api.ready = true;
    api.readyAt = performance.now();
    if (!all.deck) { performance.mark("cg:ready"); }
    document.body.setAttribute("data-ready", "true");
  });

  // ---- the side panel -------------------------------------------------------------------
  var panel = document.getElementById("details");
  function startPanel(title, kind) {
    clear(panel);
    panel.appendChild(el("h2", title));
    if (kind) {
      var p = el("p", null, "kind kind-" + String(kind).replace(/[^A-Za-z0-9_-]/g, "_"));
      p.appendChild(el("span", (data.glyphs[kind] || "\u25cf") + " ", "swatch"));
      p.appendChild(document.createTextNode(kindWords(kind)));
      panel.appendChild(p);
    }
  }
  function showNode(id) {
    if (folds[id]) { return showFold(id); }
    var d = details[id];
    if (!d) { return; }
    startPanel(d.name, d.kind);
    var list = el("dl");
    addRows(list, [["id", id]]);
    if (d.names.length > 1) { addRows(list, [["also known as", d.names.slice(1).join("; ")]]); }
    Object.keys(d.props).forEach(function (k) { addRows(list, [[words(k), d.props[k]]]); });
    addRows(list, [["links in this view", d.degree]]);
    panel.appendChild(list);
    if (data.apiBase !== null && data.apiBase !== undefined) {
      var a = el("a", "Open " + d.name + " in the API", "api-link");
      a.href = data.apiBase + "/entities/" + encodeURIComponent(id);
      panel.appendChild(a);
    }
    var connected = nodes.get(id) ? network.getConnectedEdges(id) : [];
    if (connected.length) {
      panel.appendChild(el("h3", "Links (click one for its evidence)"));
      var ul = el("ul", null, "links");
      connected.slice(0, 60).forEach(function (edgeId) {
        var info = links[edgeId];
        var fold = folds[edgeId.replace(/:edge$/, "")];
        var li = el("li");
        var b = el("button", info ? describe(info) : fold ? "+" + fold.count + " more" : edgeId);
        b.type = "button";
        b.addEventListener("click", function () {
          if (info) { network.selectEdges([edgeId]); showEdge(edgeId); }
          else { showFold(edgeId.replace(/:edge$/, "")); }
        });
        li.appendChild(b);
        ul.appendChild(li);
      });
      panel.appendChild(ul);
    }
  }
  function describe(info) {
    return nameOf(info.from) + " \u2192 " + (info.verb || words(info.type)) + " \u2192 " +
      nameOf(info.to);
  }
  function evidenceDate(ev, info) {
    var doc = ev.document_id && details[ev.document_id];
    return ev.document_date || (doc && doc.props.date) || info.props.date || info.props.since || "";
  }
  function showEdge(edgeId) {
    var info = links[edgeId];
    if (!info) {
      var fold = edgeId.replace(/:edge$/, "");
      if (folds[fold]) { showFold(fold); }
      return;
    }
    startPanel(describe(info), null);
    var list = el("dl");
    addRows(list, [["relationship", words(info.type)]]);
    if (info.verb && info.verb !== words(info.type)) {
      panel.firstChild.className = "turned";  // the headline says "opposes": mark it too
    }
    Object.keys(info.props).forEach(function (k) { addRows(list, [[words(k), info.props[k]]]); });
    panel.appendChild(list);
    panel.appendChild(el("h3", "Evidence (" + info.evidence.length + ")"));
    if (!info.evidence.length) { panel.appendChild(el("p", "No evidence recorded.", "muted")); }
    info.evidence.forEach(function (ev) {
      var box = el("div", null, "evidence");
      if (ev.quote) { box.appendChild(el("blockquote", "\u201c" + ev.quote + "\u201d", "quote")); }
      var rows = el("dl");
      var confidence = ev.confidence !== undefined ? String(ev.confidence) : "";
      if (ev.confidence_label) { confidence += " (" + ev.confidence_label + ")"; }
      addRows(rows, [
        ["document", ev.document_title || ev.document_id],
        ["date", evidenceDate(ev, info)],
        ["source", ev.source_url],
        ["data row", ev.source_ref],
        ["method", ev.method],
        ["confidence", confidence],
        ["status", ev.status],
        ["note", ev.note]
      ]);
      box.appendChild(rows);
      panel.appendChild(box);
    });
  }
  function showFold(foldId) {
    var f = folds[foldId];
    if (!f) { return; }
    startPanel(f.hub === null ? f.count + " without a link in this view"
                              : "+" + f.count + " more linked to " + nameOf(f.hub), null);
    var ul = el("ul");
    Object.keys(f.groups).forEach(function (g) {
      ul.appendChild(el("li", words(g) + ": " + f.groups[g]));
    });
    panel.appendChild(ul);
    if (nodes.get(foldId)) {
      var b = el("button", "Show all " + f.count, "primary");
      b.type = "button";
      b.addEventListener("click", function () {
        expand(foldId);
        if (f.hub !== null) { showNode(f.hub); } else { clearPanel(); }
      });
      panel.appendChild(b);
    }
  }
  function clearPanel() {
    clear(panel);
    var hint = "Click a node or a line to see what it is and where it comes from.";
    panel.appendChild(el("p", hint, "muted"));
  }

  // ---- "+N more": bring the folded neighbours back --------------------------------------
  function expand(foldId) {
    var f = folds[foldId];
    if (!f || !nodes.get(foldId)) { return; }
    var at = network.getPositions([foldId])[foldId];
    var radius = Math.max(170, f.nodes.length * 70 / (2 * Math.PI));
    nodes.remove(foldId);
    edges.remove(f.edge);
    var added = f.nodes.map(function (n, i) {
      var angle = 2 * Math.PI * i / Math.max(1, f.nodes.length);
      var copy = strip(n);
      copy.x = at.x + radius * Math.cos(angle);
      copy.y = at.y + radius * Math.sin(angle);
      return copy;
    });
    nodes.add(added);
    addOrder(added);
    f.nodes.forEach(function (n) { delete foldOf[n.id]; });
    var add = [];
    hidden = hidden.filter(function (h) {
      h.hiddenBy = h.hiddenBy.filter(function (by) { return by !== foldId; });
      if (!h.hiddenBy.length && nodes.get(h.item.from) && nodes.get(h.item.to)) {
        add.push(h.item);
        return false;
      }
      return true;
    });
    edges.add(add);
  }

  // ---- hover: a small tooltip, text only ------------------------------------------------
  var tip = document.getElementById("tooltip");
  function showTip(lines, pointer) {
    clear(tip);
    lines.forEach(function (line, i) {
      if (line) { tip.appendChild(el(i ? "div" : "strong", line)); }
    });
    var box = container.getBoundingClientRect();
    tip.style.left = Math.min(box.left + pointer.x + 16, window.innerWidth - 380) + "px";
    tip.style.top = Math.min(box.top + pointer.y + 16, window.innerHeight - 160) + "px";
    tip.hidden = false;
  }
  function hideTip() { tip.hidden = true; }
  network.on("hoverNode", function (p) {
    var f = folds[p.node];
    if (f) { return showTip(["+" + f.count + " more", "Click to see them"], p.pointer.DOM); }
    var d = details[p.node];
    pin([p.node].concat(network.getSelectedNodes()));
    if (d) {
      showTip([d.name, kindWords(d.kind) + " \u00b7 " + d.degree + " links"], p.pointer.DOM);
    }
  });
  network.on("hoverEdge", function (p) {
    var info = links[p.edge];
    if (!info) { return; }
    var ev = info.evidence[0] || {};
    var short = ev.quote && ev.quote.length > 220 ? ev.quote.slice(0, 219) + "\u2026" : ev.quote;
    var quote = short ? "\u201c" + short + "\u201d" : "";
    var source = [ev.document_title || ev.source_url || ev.source_ref, evidenceDate(ev, info)]
      .filter(Boolean).join(", ");
    showTip([describe(info), quote, source, "Click for all the evidence"], p.pointer.DOM);
  });
  network.on("blurNode", function () { hideTip(); pin(network.getSelectedNodes()); });
  network.on("blurEdge", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);

  network.on("click", function (p) {
    hideTip();
    pin(p.nodes);
    if (p.nodes.length) { showNode(p.nodes[0]); }
    else if (p.edges.length) { showEdge(p.edges[0]); }
    else { clearPanel(); }
  });
  network.on("doubleClick", function (p) {
    if (p.nodes.length && folds[p.nodes[0]]) { expand(p.nodes[0]); }
  });

  // ---- search by name, alias, acronym or id ---------------------------------------------
  var index = [];
  Object.keys(details).forEach(function (id) {
    details[id].names.concat([id]).forEach(function (name) {
      index.push({ key: String(name).toLowerCase(), id: id, name: String(name) });
    });
  });
  var searchBox = document.getElementById("search");
  function suggest() { // the suggestions list is filled on first use: big graphs open faster
    searchBox.onfocus = null;
    var datalist = document.getElementById("search-names");
    var seen = {};
    var options = document.createDocumentFragment();
    index.slice(0, 20000).forEach(function (entry) {
      if (seen[entry.name]) { return; }
      seen[entry.name] = true;
      var option = document.createElement("option");
      option.value = entry.name;
      options.appendChild(option);
    });
    datalist.appendChild(options);
  }
  clear(document.getElementById("search-names"));
  searchBox.onfocus = suggest;
  function find(text) {
    var query = String(text).trim().toLowerCase();
    if (!query) { return null; }
    var exact = index.filter(function (e) { return e.key === query; });
    var hit = exact[0] || index.filter(function (e) { return e.key.indexOf(query) >= 0; })[0];
    return hit ? hit.id : null;
  }
  var status = document.getElementById("search-status");
  status.textContent = "";
  document.getElementById("search-form").onsubmit = function (event) {
    event.preventDefault();
    var text = searchBox.value;
    var id = find(text);
    if (!id) {
      status.textContent = "Nothing called \u201c" + text + "\u201d in this view.";
      return;
    }
    if (foldOf[id]) { expand(foldOf[id]); }
    network.selectNodes([id]);
    pin([id]);
    network.focus(id, {
      scale: Math.max(network.getScale(), 1.0),
      animation: large ? false : { duration: 400 }
    });
    status.textContent = "Found " + nameOf(id) + ".";
    showNode(id);
  };
  api.escape = function () { network.unselectAll(); pin([]); clearPanel(); hideTip(); };
  clearPanel();
  performance.mark("cg:search");
  return api;
  }

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && current) { current.escape(); }
  });

  // ---- a prepared sequence of views ("viz --deck"): one at a time, full screen ---------
  function deck(views) {
    var at = 0;
    var title = document.getElementById("deck-title"), note = document.getElementById("deck-note");
    var step = document.getElementById("deck-step");
    function go(i) {
      at = Math.max(0, Math.min(views.length - 1, i));
      if (current) { current.network.destroy(); }
      var view = views[at];
      title.textContent = view.title;
      note.textContent = view.note || "";
      step.textContent = (at + 1) + " / " + views.length;
      document.title = view.title;
      current = start(view.view);
      current.step = at;
      current.go = go;
      if (location.hash !== "#" + (at + 1)) { history.replaceState(null, "", "#" + (at + 1)); }
    }
    document.addEventListener("keydown", function (event) {
      if (event.target && event.target.tagName === "INPUT") { return; }
      var next = { ArrowRight: 1, PageDown: 1, " ": 1, ArrowLeft: -1, PageUp: -1 }[event.key];
      if (next) { event.preventDefault(); go(at + next); }
      else if (event.key === "Home") { go(0); }
      else if (event.key === "End") { go(views.length - 1); }
    });
    document.getElementById("deck-prev").onclick = function () { go(at - 1); };
    document.getElementById("deck-next").onclick = function () { go(at + 1); };
    var wanted = parseInt(String(location.hash).slice(1), 10);
    go(isNaN(wanted) ? 0 : wanted - 1);
    performance.mark("cg:ready");
  }

  if (all.deck) { deck(all.deck); } else { current = start(all); }
})();
"""
