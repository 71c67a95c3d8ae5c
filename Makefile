# Trouve ton mentor: every command a developer or CI needs.
# `make serve` and `make test` work on a fresh Debian machine with rustup,
# node/npm and apt: they install what is missing first.

SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)

.PHONY: tools tools-test serve dist dist-essai bench fuzz test test-lint test-native test-audit aria-maj test-build-casse test-open-data test-e2e catalogue-check open-data traductions traductions-revues clean

## Build tools (rust target, trunk, wasm-bindgen-cli, wasm-opt): idempotent.
tools:
	@scripts/outils.sh

## Build tools plus Chromium and ChromeDriver for the browser tests.
tools-test:
	@scripts/outils.sh --navigateur

## Serves the app on http://127.0.0.1:8080 and rebuilds on change.
serve: tools
	trunk serve --offline

## Release build into dist/, ready to copy to any static host, then sizes.
## After Trunk: the static pages of the catalogue (programmes/, robots.txt;
## URL_PUBLIQUE=https://… makes their links absolute and adds sitemap.xml,
## which takes absolute addresses only), then the
## home screen drawn by the app in Chromium is put into index.html
## (scripts/instantane.mjs), so a first visit paints before the wasm runs.
## The catalogue editor (editeur.html, its own wasm, never loaded nor
## precached by the app) is a second Trunk build, into its own folder
## because Trunk empties the folder it builds into (and names the page
## index.html), then copied beside.
URL_PUBLIQUE ?=
dist: tools-test
	trunk build --release --offline
	trunk build editeur.html --release --offline --dist target/dist-editeur
	cp target/dist-editeur/editeur-* dist/
	cp target/dist-editeur/index.html dist/editeur.html
	cp target/dist-editeur/*.css target/dist-editeur/*.svg dist/
	cargo run --offline --quiet --bin pages-statiques -- dist $(URL_PUBLIQUE)
	node scripts/instantane.mjs dist
	@node scripts/tailles.mjs dist

## Performance budgets: first-visit download, Lighthouse, engine cost natively
## and in WebAssembly; prints every figure, exits 1 if a budget is missed.
bench: tools-test
	$(MAKE) dist
	scripts/bench/bench.sh

## Fuzzes the catalogue parser and the address parsers (cargo-fuzz on stable
## Rust through RUSTC_BOOTSTRAP); FUZZ_SECONDS per target, default 60.
FUZZ_SECONDS ?= 60
fuzz: tools
	command -v cargo-fuzz >/dev/null || cargo install --locked cargo-fuzz --version 0.13.2
	for cible in catalogue adresse; do \
	  RUSTC_BOOTSTRAP=1 cargo fuzz run $$cible --fuzz-dir fuzz -- -max_total_time=$(FUZZ_SECONDS) || exit 1; \
	done

## Every test: native, a broken catalogue fails the build, open data, release build, browser.
test: tools-test
	$(MAKE) test-lint
	$(MAKE) test-native
	$(MAKE) test-audit
	$(MAKE) test-build-casse
	$(MAKE) test-open-data
	$(MAKE) dist
	$(MAKE) test-e2e

## Formatting (rustfmt.toml) and clippy, natively and for the WebAssembly
## build (with its test-only feature too), warnings as errors.
test-lint:
	cargo fmt --check
	cargo clippy --offline --all-targets -- -D warnings
	cargo clippy --offline --target wasm32-unknown-unknown --lib --bin trouve-ton-mentor --bin editeur -- -D warnings
	cargo clippy --offline --target wasm32-unknown-unknown --lib --bin trouve-ton-mentor --features essai-plantage -- -D warnings

test-native:
	cargo test --offline
	CARGO_TARGET_DIR=target cargo test --offline --manifest-path vendor/send_wrapper/Cargo.toml --features futures

## The RGAA 4.1 audit (docs/accessibilite/): every criterion for every page
## of the sample, with evidence; prints the conformity rate, fails under 95 %.
test-audit:
	cargo run --offline --quiet --bin audit-rgaa

## Proves that a broken public/catalogue.json stops the build with a clear message.
test-build-casse:
	@scripts/test-build-casse.sh

## The data·inclusion export is up to date and valid for the schema's own validator (PyPI package).
test-open-data:
	cargo test --offline --test data_inclusion
	test -x target/venv-open-data/bin/python || python3 -m venv target/venv-open-data
	target/venv-open-data/bin/pip install -q -r tests/open_data/requirements.txt
	target/venv-open-data/bin/python tests/open_data/valider.py

## Rewrites the expected accessibility trees of the audit's sample
## (tests/e2e/aria/*.yml) from a fresh dist/: read the diff as a screen
## reader would say it, then commit it.
aria-maj:
	@scripts/dist-a-jour.sh dist || $(MAKE) dist
	ARIA_MAJ=1 node --test tests/e2e/rgaa.test.mjs

## Checks a catalogue file before publishing it: make catalogue-check FILE=nouveau.json
catalogue-check:
	@test -n "$(FILE)" || { echo "usage : make catalogue-check FILE=chemin/du/catalogue.json"; exit 2; }
	@cargo run --offline --quiet --bin catalogue-check -- "$(FILE)"

## Regenerates public/data-inclusion/ from public/catalogue.json.
open-data:
	cargo run --offline --quiet --bin export-data-inclusion

## Lists, per language, the translations whose French text changed since
## they were reviewed (the app shows the French in their place).
traductions:
	node scripts/empreintes.mjs

## After updating the translations: stamps every current translation as
## translating today's French (langues/<code>.empreintes.json).
traductions-revues:
	node scripts/empreintes.mjs --revues

## A release build with the test-only address #/essai-plantage, which
## panics (Cargo feature essai-plantage): the browser tests check the crash
## page on it. The dependencies are shared with `make dist`.
dist-essai: tools
	trunk build --release --offline --features essai-plantage --dist target/dist-essai

## Browser tests against dist/ (and target/dist-essai/), each rebuilt first
## if any source is newer than it.
test-e2e:
	@scripts/dist-a-jour.sh dist || $(MAKE) dist
	@scripts/dist-a-jour.sh target/dist-essai || $(MAKE) dist-essai
	@scripts/dist-a-jour.sh dist && scripts/dist-a-jour.sh target/dist-essai
	node --test --test-concurrency=1 tests/e2e/

clean:
	rm -rf dist target/e2e
