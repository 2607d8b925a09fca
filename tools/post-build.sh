#!/bin/sh
# Trunk's post_build hook: finishes the staged dist in $TRUNK_STAGING_DIR, in order.
set -eu
: "${TRUNK_STAGING_DIR:?run by Trunk as a post_build hook}"
# 1. The landing page as real HTML in index.html, so it paints before the wasm has loaded.
cargo run --quiet --features prerender --bin prerender -- "$TRUNK_STAGING_DIR/index.html"
# 2. Release builds get what needs the site's public address, MLPATH_PUBLIC_URL: oembed.json and
#    its discovery link in index.html (without the setting, nothing: it says so). Then their JS glue
#    minified (Trunk's own minifier fails on it), and a strict CSP with the sha256 of Trunk's inline
#    loader (dev serve injects its own live-reload script and websocket, so it goes without).
if [ "${TRUNK_PROFILE:-}" = "release" ]; then
  cargo run --quiet --features prerender --bin publish -- "$TRUNK_STAGING_DIR"
  cargo run --quiet --features prerender,previews --bin previews -- "$TRUNK_STAGING_DIR"
  node tools/minify-js.mjs "$TRUNK_STAGING_DIR"
  node tools/csp.mjs "$TRUNK_STAGING_DIR/index.html"
  node tools/headers.mjs "$TRUNK_STAGING_DIR"
fi
# 3. Release builds get the offline service worker, listing this build's files.
if [ "${TRUNK_PROFILE:-}" = "release" ]; then
  node tools/service-worker.mjs "$TRUNK_STAGING_DIR"
fi
# 4. Last, so the copies match the final files: gzip -9 and brotli 11 next to every asset.
node tools/precompress.mjs "$TRUNK_STAGING_DIR"
