#!/usr/bin/env bash
# Time headless chromium takes to load, parse and lay out a report.html (every inline SVG's geometry included),
# against a one-line page in the same harness, median of 5 runs each. The harness (a page with a script that loads
# the report in an iframe) is written to a temp folder: the report itself stays script-free.
#   usage: tools/benchmarks/report-render-time.sh artifacts/report/report.html
set -euo pipefail
report=$(readlink -f "${1:?usage: $0 REPORT.html}")
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome) || { echo "no chromium: run tools/install-report-deps.sh" >&2; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
echo '<html><body>x</body></html>' > "$tmp/blank.html"
cat > "$tmp/harness.html" <<'HTML'
<html><body><pre id="out">pending</pre><script>
const t0 = performance.now();
const f = document.createElement('iframe'); f.style.width = '1280px'; f.style.height = '1000px';
f.onload = () => {
  const d = f.contentDocument;
  const h = d.documentElement.scrollHeight;                                  // style and layout of the whole page
  let w = 0; d.querySelectorAll('svg').forEach(s => { w += s.getBBox().width; }); // SVG geometry
  document.getElementById('out').textContent = 'ms=' + (performance.now() - t0).toFixed(0) + ' svgs=' + d.querySelectorAll('svg').length + ' height=' + h;
};
f.src = new URLSearchParams(location.search).get('f'); document.body.appendChild(f);
</script></body></html>
HTML
measure() {
  for _ in 1 2 3 4 5; do
    "$browser" --headless --no-sandbox --disable-gpu --allow-file-access-from-files --user-data-dir="$tmp/profile" \
      --dump-dom "file://$tmp/harness.html?f=$1" 2>/dev/null | grep -o 'ms=[0-9]*[^<]*' | head -n 1
  done | sort -t= -k2 -n | sed -n 3p
}
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "blank page:  $(measure "$tmp/blank.html")"
echo "report.html: $(measure "$report") ($(stat -c %s "$report") bytes)"
