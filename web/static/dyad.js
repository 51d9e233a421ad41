// dyad.js draws the cooperation/conflict timeline of a dyad page with
// uPlot: cooperative and conflictual event counts per period as bars (left
// axis) and the mean Goldstein score as a line (right axis, -10 to 10).
// It reads the series from <script type="application/json"
// id="timeline-data"> (written by the server), so it needs no request and
// no inline script.
(function () {
  "use strict";

  function draw() {
    var el = document.getElementById("chart");
    var src = document.getElementById("timeline-data");
    if (!el || !src || typeof uPlot === "undefined") {
      return;
    }
    var d;
    try {
      d = JSON.parse(src.textContent);
    } catch (e) {
      el.textContent = "The timeline data could not be read.";
      return;
    }
    if (!d || !d.x || d.x.length === 0) {
      el.textContent = "No dated events between these actors.";
      el.classList.add("empty");
      return;
    }
    var labels = {};
    d.x.forEach(function (x, i) { labels[x] = d.labels[i]; });
    var bars = uPlot.paths.bars;
    var opts = {
      width: Math.max(320, el.clientWidth),
      height: 320,
      cursor: { points: { show: false } },
      scales: {
        x: {
          time: true,
          // Half a period at both ends, and room for the bars when the
          // periods are far apart.
          range: function (u, min, max) {
            var pad = Math.max(d.pad, (max - min) * 0.03);
            return [min - pad, max + pad];
          }
        },
        n: { range: function (u, min, max) { return [0, Math.max(1, max) * 1.1]; } },
        g: { range: [-10, 10] }
      },
      axes: [
        {},
        { scale: "n", label: "events" },
        { scale: "g", side: 1, label: "mean Goldstein", grid: { show: false } }
      ],
      series: [
        { label: "period", value: function (u, v) { return v == null ? "" : (labels[v] || ""); } },
        { label: "cooperative", scale: "n", stroke: "#1b7f4c", fill: "rgba(27,127,76,0.55)",
          paths: bars({ size: [0.4, 24], align: -1 }), points: { show: false } },
        { label: "conflictual", scale: "n", stroke: "#b3261e", fill: "rgba(179,38,30,0.55)",
          paths: bars({ size: [0.4, 24], align: 1 }), points: { show: false } },
        { label: "mean Goldstein", scale: "g", stroke: "#3c4043", width: 2,
          points: { show: true, size: 6, fill: "#3c4043" } }
      ]
    };
    // No bar for a period without such events.
    var bar = function (v) { return v > 0 ? v : null; };
    var plot = new uPlot(opts, [d.x, d.coop.map(bar), d.conflict.map(bar), d.mean], el);
    el.dataset.rendered = String(d.x.length);
    var resize = function () { plot.setSize({ width: Math.max(320, el.clientWidth), height: 320 }); };
    window.addEventListener("resize", resize);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
