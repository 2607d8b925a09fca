#!/bin/sh
# Trunk's post_build hook: finishes the staged dist in $TRUNK_STAGING_DIR, in order.
set -eu
: "${TRUNK_STAGING_DIR:?run by Trunk as a post_build hook}"
# 1. The landing page as real HTML in index.html, so it paints before the wasm has loaded, and a
#    share page per path next to it (<path-id>.html), whose head is that path's link preview.
cargo run --quiet --features prerender --bin prerender -- "$TRUNK_STAGING_DIR/index.html"
# 2. Release builds get their JS glue minified (Trunk's own minifier fails on it) and their boot script
#    too (Trunk's gives it another text each build), and a strict CSP
#    with the sha256 of Trunk's inline loader (dev serve injects its own live-reload script and
#    websocket, so it goes without). Then what needs the site's public address, MLPATH_PUBLIC_URL:
#    oembed.json, its discovery link, and the origin in the CSP (without the setting, nothing: it
#    says so). Last, the host headers, which copy the CSP. tests/browser/support.mjs's
#    `startPublished` repeats the steps from publish on, in this order.
if [ "${TRUNK_PROFILE:-}" = "release" ]; then
  cargo run --quiet --features prerender,previews --bin previews -- "$TRUNK_STAGING_DIR"
  node tools/minify-js.mjs "$TRUNK_STAGING_DIR"
  # The landing page and the share pages (<path-id>.html, written by prerender): the same scripts.
  for page in "$TRUNK_STAGING_DIR"/*.html; do
    [ "$(basename "$page")" = demo.html ] || node tools/csp.mjs "$page"
  done
  cargo run --quiet --features prerender --bin publish -- "$TRUNK_STAGING_DIR"
  node tools/headers.mjs "$TRUNK_STAGING_DIR"
fi
# 3. Release builds get the offline service worker, listing this build's files.
if [ "${TRUNK_PROFILE:-}" = "release" ]; then
  node tools/service-worker.mjs "$TRUNK_STAGING_DIR"
fi
# 4. Last, so the copies match the final files: gzip -9 and brotli 11 next to every asset.
node tools/precompress.mjs "$TRUNK_STAGING_DIR"
