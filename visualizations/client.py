"""The page's own script: draw, search, hover, click, evidence panel, "+N more".

Text reaches the page only through textContent (and vis-network's canvas text); no innerHTML,
no insertAdjacentHTML, no document.write, no eval, no request (tests/viz check all of these).
"""

from __future__ import annotations

SCRIPT = r"""
(function () {
  "use strict";
  performance.mark("cg:start");
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  performance.mark("cg:parsed");
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

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  performance.mark("cg:datasets");
  var container = document.getElementById("graph");
  var options = {
    autoResize: true,
    physics: { enabled: false },
    layout: { improvedLayout: false, randomSeed: 7 },
    groups: data.groups,
    nodes: {
      borderWidth: 2,
      font: { size: 26, face: "system-ui, 'DejaVu Sans', sans-serif", color: "#111111",
              strokeWidth: 6, strokeColor: "#ffffff" }
    },
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
  // vis-network fits the nodes on load, not their labels: fit the labels too (cheap, from data).
  function fitView() {
    var x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
    nodes.forEach(function (n) {
      if (n.x === undefined) { return; }
      var font = (n.font && n.font.size) || 26;
      var half = Math.max(n.size || 25, String(n.label || "").length * font * 0.34);
      x0 = Math.min(x0, n.x - half); x1 = Math.max(x1, n.x + half);
      y0 = Math.min(y0, n.y - (n.size || 25)); y1 = Math.max(y1, n.y + (n.size || 25) + font * 1.6);
    });
    if (x0 === Infinity) { return; }
    var width = container.clientWidth || 800, height = container.clientHeight || 600;
    var scale = Math.min(1.5, 0.96 * width / (x1 - x0 + 1), 0.96 * height / (y1 - y0 + 1));
    network.moveTo({ position: { x: (x0 + x1) / 2, y: (y0 + y1) / 2 }, scale: scale,
                     animation: false });
  }
  fitView();

  var api = {
    network: network, nodes: nodes, edges: edges, data: data, ready: false, readyAt: null,
    expand: expand, showNode: showNode, showEdge: showEdge, find: find, fitView: fitView
  };
  window.coalitionGraph = api;
  network.once("afterDrawing", function () {
    api.ready = true;
    api.readyAt = performance.now();
    performance.mark("cg:ready");
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
    return nameOf(info.from) + " \u2192 " + words(info.type) + " \u2192 " + nameOf(info.to);
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
    startPanel("+" + f.count + " more linked to " + nameOf(f.hub), null);
    var ul = el("ul");
    Object.keys(f.groups).forEach(function (g) {
      ul.appendChild(el("li", words(g) + ": " + f.groups[g]));
    });
    panel.appendChild(ul);
    if (nodes.get(foldId)) {
      var b = el("button", "Show all " + f.count, "primary");
      b.type = "button";
      b.addEventListener("click", function () { expand(foldId); showNode(f.hub); });
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
    nodes.add(f.nodes.map(function (n, i) {
      var angle = 2 * Math.PI * i / Math.max(1, f.nodes.length);
      var copy = strip(n);
      copy.x = at.x + radius * Math.cos(angle);
      copy.y = at.y + radius * Math.sin(angle);
      return copy;
    }));
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
  network.on("blurNode", hideTip);
  network.on("blurEdge", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);

  network.on("click", function (p) {
    hideTip();
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
    searchBox.removeEventListener("focus", suggest);
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
  searchBox.addEventListener("focus", suggest);
  function find(text) {
    var query = String(text).trim().toLowerCase();
    if (!query) { return null; }
    var exact = index.filter(function (e) { return e.key === query; });
    var hit = exact[0] || index.filter(function (e) { return e.key.indexOf(query) >= 0; })[0];
    return hit ? hit.id : null;
  }
  var status = document.getElementById("search-status");
  document.getElementById("search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var text = searchBox.value;
    var id = find(text);
    if (!id) {
      status.textContent = "Nothing called \u201c" + text + "\u201d in this view.";
      return;
    }
    if (foldOf[id]) { expand(foldOf[id]); }
    network.selectNodes([id]);
    network.focus(id, {
      scale: Math.max(network.getScale(), 1.0),
      animation: large ? false : { duration: 400 }
    });
    status.textContent = "Found " + nameOf(id) + ".";
    showNode(id);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { network.unselectAll(); clearPanel(); hideTip(); }
  });
  clearPanel();
  performance.mark("cg:search");
})();
"""
