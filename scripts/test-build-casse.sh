#!/usr/bin/env bash
# A broken catalogue must stop the build, naming file, programme and field;
# so must a missing or broken translation, naming the file and the key.
# Copies the crate, breaks a copy of public/catalogue.json and of langues/,
# and checks that `cargo check` fails with the expected message each time.
set -euo pipefail
cd "$(dirname "$0")/.."
racine=$PWD
copie=$(mktemp -d)
trap 'rm -rf "$copie"' EXIT
cp -r Cargo.toml Cargo.lock build.rs src vendor public langues editeur examples benches "$copie/"
# build.rs also reads the RGAA audit (docs/accessibilite/).
mkdir -p "$copie/docs" && cp -r docs/accessibilite "$copie/docs/"
export CARGO_TARGET_DIR="$racine/target/build-casse"

echouer() { echo "test-build-casse: $*" >&2; exit 1; }

# $1: the file, relative to the crate; $2: a python expression that edits
# `c` (the parsed file); $3: the message the build must give. The file is
# put back afterwards.
casser() {
  python3 - "$racine/$1" "$copie/$1" "$2" <<'PY'
import json, sys
c = json.load(open(sys.argv[1], encoding="utf-8"))
exec(sys.argv[3])
json.dump(c, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=2)
PY
  if sortie=$(cd "$copie" && cargo check --offline --quiet 2>&1); then
    echouer "le build a réussi avec $1 cassé ($2)"
  fi
  grep -qF -- "$3" <<<"$sortie" || { echo "$sortie" >&2; echouer "message attendu absent : $3"; }
  cp "$racine/$1" "$copie/$1"
  echo "ok : le build refuse $1 ($3)"
}

casser public/catalogue.json 'c["programmes"][0]["eligibilite"]["age"]["min"] = 20' \
  'public/catalogue.json : programme « afev » : champ « eligibilite.age » : l'"'"'âge minimum (20) dépasse l'"'"'âge maximum (15)'
casser public/catalogue.json 'c["programmes"][4]["contact"]["site"] = "javascript:alert(1)"' \
  'public/catalogue.json : programme « proxite » : champ « contact.site »'
casser langues/en/accueil.json 'del c["titre"]' 'langues/en : clé « accueil.titre » manquante'
casser langues/ar/accueil.json 'c["chapo"] = c["chapo"].replace("{associations}", "{association}")' 'langues/ar : clé « accueil.chapo » : variables'
casser langues/falc/catalogue.json 'del c["programmes.afev.accroche"]' 'langues/falc/catalogue.json : texte « programmes.afev.accroche » non traduit'
# The table of languages: a language without its line, a direction that is not one.
casser langues/langues.json 'del c["langues"][2]' 'ne correspondent pas aux dossiers de langues/'
casser langues/langues.json 'c["langues"][3]["direction"] = "droite"' 'langue « ar » : direction « droite »'
