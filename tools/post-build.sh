#!/bin/sh
# Trunk's post_build hook: finishes the staged dist in $TRUNK_STAGING_DIR, in order.
set -eu
: "${TRUNK_STAGING_DIR:?run by Trunk as a post_build hook}"
# 1. The landing page as real HTML in index.html, so it paints before the wasm has loaded.
cargo run --quiet --features prerender --bin prerender -- "$TRUNK_STAGING_DIR/index.html"
# 2. Last, so the copies match the final files: gzip -9 and brotli 11 next to every asset.
node tools/precompress.mjs "$TRUNK_STAGING_DIR"
