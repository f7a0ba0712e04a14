# klarna-precheck: every command a person or CI needs. `make test` and `make demo` work on a
# fresh machine: both run `setup` first, which installs what is missing and nothing else.

WASM_BINDGEN_VERSION := 0.2.130
TOOLS_DIR ?= $(HOME)/.cache/klarna-precheck
WASM_BINDGEN := $(TOOLS_DIR)/wasm-bindgen-$(WASM_BINDGEN_VERSION)/bin/wasm-bindgen
WASM := target/wasm32-unknown-unknown/release/klarna_precheck.wasm
PORT ?= 8080

export WASM_BINDGEN WASM_BINDGEN_VERSION TOOLS_DIR

.PHONY: setup build test test-deep demo bench fuzz clean fmt lint

## setup: install the wasm target, wasm-bindgen-cli (pinned, cached), npm packages, Chromium
setup:
	@scripts/setup.sh

## build: the npm package in pkg/ (the full and the validate-only wasm + glue), printing shipped sizes;
## first the types and the README rules table, generated from the Rust model (tests/generated.rs)
build: setup
	UPDATE_GENERATED=1 cargo test --quiet --test generated
	cargo build --release --target wasm32-unknown-unknown
	cargo build --release --target wasm32-unknown-unknown --no-default-features --target-dir target/lean
	node scripts/build-pkg.mjs

## test: Rust core, then the built package in Node, packed tarball, Vite and plain page in Chromium
test: build
	cargo test --quiet
	node --test tests/js/*.test.mjs

## demo: validate the example payloads with the built package, then serve the demo page
demo: build
	node scripts/demo.mjs
	node scripts/serve.mjs . --port $(PORT) --open www/

bench: build
	node bench/run.mjs

## fuzz: deep mode, coverage-guided (cargo-fuzz); FUZZ_SECONDS=3600 for a long run
fuzz: setup
	scripts/fuzz.sh

## test-deep: the robustness tests with large counts, then 10 minutes of coverage-guided fuzzing
test-deep: build
	PROPTEST_CASES=20000 cargo test --release --quiet --test robustness
	PROPTEST_CASES=2000 cargo test --release --quiet --test builders
	ROBUST_CASES=20000 ROBUST_CALLS=1000000 DIFF_CASES=100000 INSTANCE_CALLS=1000 node --test tests/js/robustness.test.mjs tests/js/differential.test.mjs tests/js/instance.test.mjs
	FUZZ_SECONDS=$${FUZZ_SECONDS:-600} scripts/fuzz.sh

fmt:
	cargo fmt

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings

clean:
	rm -rf target pkg/dist pkg/index.d.cts pkg/validate.d.cts pkg/mock.d.cts tests/.out pkg/web.js pkg/validate.js pkg/edge.js pkg/validate-edge.js pkg/inline.js pkg/node.mjs pkg/validate.mjs
