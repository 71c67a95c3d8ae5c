#!/usr/bin/env bash
# `make bench` (after `make dist`): every performance figure against its
# budget, then a summary table. Each figure runs even when an earlier one
# failed; the exit code is 1 if any budget is missed or any step fails.
# Budgets live in scripts/bench/budgets.json.
#   1.  first-visit download of #/ (playwright-core + Chromium)     ≤ recorded ceiling (≤ 215 KiB) brotli
#   2.  Lighthouse 12.2.3 on four screens               performance ≥ 95, accessibility = 100, LCP of #/ ≤ 1.5 s
#   3a. engine natively (criterion)                                  for information
#   3b. engine in WebAssembly in Chromium                 10 000 programmes < 10 ms
#   4.  responsiveness, CPU throttled 6×                         tap ≤ 100 ms
#   5.  WebAssembly compiled on the main thread at first visit   for information
#   6.  home page's <h1> on screen, CPU 4×, 1.6 Mbit/s, 150 ms RTT     ≤ 0.8 s
#   7.  each static page of the catalogue, HTML + CSS                 ≤ 20 KiB brotli
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

export BENCH_RESUME=target/bench/resume.tsv
mkdir -p target/bench
rm -f "$BENCH_RESUME"
touch "$BENCH_RESUME"
echecs=0

dire() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# Runs one step; a step that fails without writing its rows gets a MISS row.
etape() {
  local nom=$1
  shift
  local avant
  avant=$(wc -l <"$BENCH_RESUME")
  local rc=0
  "$@" || rc=$?
  if [ "$rc" -ne 0 ]; then
    echecs=$((echecs + 1))
    if [ "$(wc -l <"$BENCH_RESUME")" -eq "$avant" ]; then
      printf '%s\terreur (code %s)\t—\tMISS\n' "$nom" "$rc" >>"$BENCH_RESUME"
    fi
  fi
}

# Lighthouse comes from package-lock.json (scripts/outils.sh runs npm ci
# when the lock file is newer; this catches a node_modules that is not).
if [ ! -x node_modules/.bin/lighthouse ]; then
  dire "npm ci (lighthouse)"
  npm ci --no-audit --no-fund
fi
if [ ! -f dist/index.html ]; then
  echo "dist/ est vide : lancez 'make dist' (make bench le fait)" >&2
  exit 1
fi

# --- 1. First-visit download ------------------------------------------------
etape "1. Premier chargement #/" node scripts/bench/telechargement.mjs dist

# --- 2. Lighthouse ------------------------------------------------------------
etape "2. Lighthouse" node scripts/bench/lighthouse.mjs dist

# --- 3a. Engine natively (criterion) ------------------------------------------
moteur_natif() {
  rm -rf target/criterion/evaluer
  dire "cargo bench --bench engine"
  cargo bench --offline --bench engine -- --warm-up-time 1 --measurement-time 3 --sample-size 10 --noplot --quiet
  node scripts/bench/moteur-natif.mjs
}
etape "3a. Moteur natif (criterion)" moteur_natif

# --- 3b. Engine in WebAssembly ------------------------------------------------
# Built with the app's release profile, then wasm-bindgen and wasm-opt -Oz
# as Trunk does for the app. Its own target dir: the cfg below must not
# invalidate the app's build cache. The cfg is needed because building an
# example also builds the dev-dependencies for wasm32, and proptest's rand
# pulls getrandom, which refuses wasm32-unknown-unknown without a backend;
# nothing in the bench calls it.
moteur_wasm() {
  dire "cargo build --release --example bench_wasm --target wasm32-unknown-unknown"
  CARGO_TARGET_DIR=target/bench-wasm-cargo cargo build --offline --release --example bench_wasm \
    --target wasm32-unknown-unknown \
    --config 'target.wasm32-unknown-unknown.rustflags=["--cfg","getrandom_backend=\"unsupported\""]'
  rm -rf target/bench-wasm
  wasm-bindgen --target web --out-dir target/bench-wasm \
    target/bench-wasm-cargo/wasm32-unknown-unknown/release/examples/bench_wasm.wasm
  wasm-opt -Oz --output=target/bench-wasm/bench_wasm_bg.wasm target/bench-wasm/bench_wasm_bg.wasm
  node scripts/bench/moteur-wasm.mjs target/bench-wasm
}
etape "3b. Moteur WASM" moteur_wasm

# --- 4. Responsiveness with the CPU throttled 6× ---------------------------------
etape "4. Réactivité CPU 6×" node scripts/bench/reactivite.mjs dist

# --- 5. WebAssembly compiled on the main thread at first visit --------------------
etape "5. Compilation wasm" node scripts/bench/compilation.mjs dist

# --- 6. First paint of the home page on a slow phone and network --------------------
etape "6. Premier affichage" node scripts/bench/premier-affichage.mjs dist

# --- 7. Static pages ------------------------------------------------------------------
etape "7. Pages statiques" node scripts/bench/pages-statiques.mjs dist

# --- Summary ------------------------------------------------------------------
rc=0
node scripts/bench/resume.mjs "$BENCH_RESUME" || rc=$?
if [ "$echecs" -gt 0 ] || [ "$rc" -ne 0 ]; then
  echo "make bench : ÉCHEC ($echecs étape(s) en échec ou hors budget)"
  exit 1
fi
echo "make bench : tous les budgets sont tenus"
