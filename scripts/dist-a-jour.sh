#!/usr/bin/env bash
# Exits 0 if a build folder (dist/ by default) was made after the last
# change to anything it is made from, 1 otherwise (naming the newer files).
# `make test-e2e` rebuilds a stale build first, so the browser tests never
# test an old one.
set -euo pipefail
cd "$(dirname "$0")/.."
dossier=${1:-dist}
temoin=$dossier/index.html
if [[ ! -f $temoin ]]; then
  echo "$dossier/ absent"
  exit 1
fi
# Everything the build reads: the sources, the vendored crate, the texts,
# the data (the RGAA audit in docs/accessibilite is compiled in by
# build.rs), the tools' settings and the Makefile's recipe.
plus_recents=$(find src vendor langues public style scripts editeur docs/accessibilite index.html editeur.html build.rs Cargo.toml Cargo.lock Trunk.toml .cargo Makefile package.json package-lock.json \
  -type f -newer "$temoin" -not -path 'scripts/bench/*' 2>/dev/null | head -5)
if [[ -n $plus_recents ]]; then
  echo "$dossier/ est plus ancien que :"
  echo "$plus_recents"
  exit 1
fi
