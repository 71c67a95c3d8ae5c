#!/usr/bin/env bash
# A broken catalogue must stop the build, naming file, programme and field.
# Copies the crate, breaks a copy of public/catalogue.json in two ways, and
# checks that `cargo check` fails with the expected message each time.
set -euo pipefail
cd "$(dirname "$0")/.."
racine=$PWD
copie=$(mktemp -d)
trap 'rm -rf "$copie"' EXIT
cp -r Cargo.toml Cargo.lock build.rs src public examples benches "$copie/"
export CARGO_TARGET_DIR="$racine/target/build-casse"

echouer() { echo "test-build-casse: $*" >&2; exit 1; }

# $1: a python expression that edits `c` (the parsed catalogue); $2: expected message
verifier() {
  python3 - "$racine/public/catalogue.json" "$copie/public/catalogue.json" "$1" <<'PY'
import json, sys
c = json.load(open(sys.argv[1], encoding="utf-8"))
exec(sys.argv[3])
json.dump(c, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=2)
PY
  if sortie=$(cd "$copie" && cargo check --offline --quiet 2>&1); then
    echouer "le build a réussi avec un catalogue cassé ($1)"
  fi
  grep -qF -- "$2" <<<"$sortie" || { echo "$sortie" >&2; echouer "message attendu absent : $2"; }
  echo "ok : le build refuse le catalogue ($2)"
}

verifier 'c["programmes"][0]["eligibilite"]["age"]["min"] = 20' \
  'public/catalogue.json : programme « afev » : champ « eligibilite.age » : l'"'"'âge minimum (20) dépasse l'"'"'âge maximum (15)'
verifier 'c["programmes"][4]["contact"]["site"] = "javascript:alert(1)"' \
  'public/catalogue.json : programme « proxite » : champ « contact.site »'
