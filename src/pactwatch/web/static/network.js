/* The interactive partner network (/network/explore): draws the graph that the page carries as JSON
   (#graph-data) with vis-network (served from the pyvis package), in place of the server-rendered SVG,
   which stays the page's drawing when JavaScript is off. Clicking a line lists its agreements in #pair and
   puts the pair in the URL, so a reload or a shared link shows the same list, server-rendered. */
(function () {
  "use strict";
  var holder = document.getElementById("graph");
  var source = document.getElementById("graph-data");
  if (!holder || !source || !window.vis) {
    return;
  }
  var data = JSON.parse(source.textContent);
  if (data.nodes.length === 0) { // the page says that nothing matches
    holder.setAttribute("data-ready", "true");
    return;
  }
  var edgesById = {};
  data.edges.forEach(function (e) { edgesById[e.id] = e; });

  function show(selector, visible) {
    document.querySelectorAll(selector).forEach(function (el) { el.hidden = !visible; });
  }
  show("#graph, #legend, .js-hint", true);
  show(".network-wrap, .nojs-hint", false);
  document.querySelectorAll("#legend .swatch[data-colour]").forEach(function (el) {
    el.style.background = el.getAttribute("data-colour");
  });

  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    return {id: n.id, label: n.label, value: n.value, title: n.title};
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    return {id: e.id, from: e.from, to: e.to, value: e.value, title: e.title,
            color: {color: e.color, highlight: "#1e293b", hover: e.color, opacity: 0.85}};
  }));
  var state = {network: null, ready: false};
  window.pactwatchNetwork = state;
  var network = new vis.Network(holder, {nodes: nodes, edges: edges}, {
    nodes: {shape: "dot", color: {background: "#dbeafe", border: "#2563eb", highlight: {background: "#bfdbfe",
            border: "#1e3a8a"}, hover: {background: "#bfdbfe", border: "#1e3a8a"}}, borderWidth: 2,
            font: {size: 14, face: "system-ui, sans-serif", strokeWidth: 3, strokeColor: "#ffffff"},
            scaling: {min: 10, max: 38, label: {enabled: true, min: 13, max: 22}}},
    edges: {smooth: false, scaling: {min: 1.5, max: 12}, hoverWidth: 1.5, selectionWidth: 2},
    interaction: {hover: true, tooltipDelay: 120, keyboard: {enabled: true, bindToWindow: false},
                  zoomView: true, dragView: true, dragNodes: true},
    physics: {solver: "barnesHut", barnesHut: {springLength: 150, avoidOverlap: 0.4},
              stabilization: {iterations: 400, fit: true}}
  });
  state.network = network;
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({physics: false}); // a party dragged stays where it is put
    network.fit({animation: false});
    var pair = new URLSearchParams(window.location.search).get("pair");
    if (pair && edgesById[pair]) {
      network.selectEdges([pair]);
    }
    state.ready = true;
    holder.setAttribute("data-ready", "true");
  });

  function element(tag, text, attributes) {
    var el = document.createElement(tag);
    if (text) {
      el.textContent = text;
    }
    Object.keys(attributes || {}).forEach(function (key) { el.setAttribute(key, attributes[key]); });
    return el;
  }

  function list(edge) {
    var section = document.getElementById("pair");
    section.replaceChildren();
    section.appendChild(element("h2", "Agreements " + edge.id, {id: "pair-h"}));
    var summary = element("p", edge.title + " ");
    summary.appendChild(element("a", edge.count > edge.agreements.length ? "All " + edge.count + " in the list"
                                : "In the agreement list", {href: edge.all}));
    section.appendChild(summary);
    var items = element("ul", "", {id: "pair-list"});
    edge.agreements.slice().sort(function (x, y) { return (y.date || "").localeCompare(x.date || ""); })
        .forEach(function (a) {
      var item = element("li");
      item.appendChild(element("a", a.label, {href: "/agreements/" + a.id}));
      item.appendChild(element("span", [a.date, a.kind, a.status].filter(Boolean).join(" · "), {"class": "meta"}));
      items.appendChild(item);
    });
    section.appendChild(items);
    section.hidden = false;
    var url = new URL(window.location.href);
    url.searchParams.set("pair", edge.id);
    url.hash = "";
    window.history.replaceState(null, "", url.toString());
  }

  network.on("click", function (params) {
    if (params.nodes.length === 0 && params.edges.length > 0 && edgesById[params.edges[0]]) {
      list(edgesById[params.edges[0]]);
    }
  });
})();
