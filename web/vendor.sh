#!/bin/sh
# vendor.sh re-fetches the charting library of the web page (uPlot, MIT) from
# the npm registry with `npm pack`, checks the tarball against the pinned
# sha256 and copies its minified script, stylesheet and licence into
# static/vendor/. Run it from anywhere; it needs npm and sha256sum.
# To move to another version: change VERSION and SHA256 (printed by a run
# with a wrong SHA256), run it, and test the pages (go test ./web/...).
set -eu
VERSION=1.6.32
SHA256=4b8a8191e425658e3ea8c8c1314b0fc679c861ee3a1af2b20c7b16ba50b5133d

here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack --silent "uplot@$VERSION" >/dev/null
tgz="uplot-$VERSION.tgz"
got=$(sha256sum "$tgz" | cut -d' ' -f1)
if [ "$got" != "$SHA256" ]; then
	echo "vendor.sh: $tgz has sha256 $got, want $SHA256" >&2
	exit 1
fi
tar xzf "$tgz"
out="$here/static/vendor"
mkdir -p "$out"
cp package/dist/uPlot.iife.min.js "$out/uPlot.iife.min.js"
cp package/dist/uPlot.min.css "$out/uPlot.min.css"
cp package/LICENSE "$out/uPlot.LICENSE"
echo "uplot@$VERSION ($SHA256) -> $out"
(cd "$out" && sha256sum uPlot.iife.min.js uPlot.min.css uPlot.LICENSE)
