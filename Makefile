# Briefdesk — the two commands (each installs what is missing first):
#   make run    build and start the desktop app on your library (samples on first start)
#   make test   every test: core, CLI, UI in Chromium, the real app under Xvfb, the .deb
# Also: make package (release .deb), make bench (speed figures), make cli.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
CARGO ?= cargo
TAURI := ui/node_modules/.bin/tauri

.PHONY: run test package bench bench-timeline cli setup-app setup-test ui app lint test-rust test-ui test-e2e test-package score calibrate

setup-app:
	@.ci/setup.sh app

setup-test:
	@.ci/setup.sh test

ui:
	npm --prefix ui run build

app: ui
	$(CARGO) build -p briefdesk-app

run: setup-app app
	@if [ -z "$${DISPLAY:-}$${WAYLAND_DISPLAY:-}" ]; then echo "make run: no display (DISPLAY/WAYLAND_DISPLAY unset); start a desktop session or Xvfb first" >&2; exit 1; fi
	./target/debug/briefdesk-app

cli:
	$(CARGO) build --release --bin briefdesk

# One cargo invocation for the whole workspace: its dependency features are then the
# same as the app's own build (`cargo build -p briefdesk-app`), so typst, tauri and
# the rest compile once for the tests, the e2e binary and the package.
test-rust: ui
	$(CARGO) test --workspace

# Formatting (rustfmt.toml) and clippy with warnings as errors; the UI's type check runs
# in test-ui. Clippy compiles the app, whose tauri::generate_context! needs ui/dist.
lint: ui
	$(CARGO) fmt --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings

test-ui: ui
	npm --prefix ui run check
	cd tests && node --test ui/

test-e2e: app
	node --test tests/e2e/

test-package:
	node --test tests/package/

test: setup-test
	$(MAKE) --no-print-directory lint test-rust test-ui test-e2e test-package
	@echo "make test: all suites passed"

package: setup-app
	cd src-tauri && ../$(TAURI) build --bundles deb
	@ls -1 target/release/bundle/deb/*.deb

bench: cli
	$(CARGO) build --release -p briefdesk-cli --bin briefdesk-bench --bin briefdesk-extract-bench --bin briefdesk-brief-bench
	./target/release/briefdesk-bench $${N:-10000}
	./target/release/briefdesk-extract-bench
	./target/release/briefdesk-brief-bench
	$(MAKE) bench-timeline

# The Timeline view with 10,000 items in headless Chromium: first render, frame times while
# zooming and panning, heap (prints figures; not a timed test).
bench-timeline: ui
	cd tests && node ui/timeline-bench.mjs $${N:-10000}

# Extraction figures on the dev set (../shared, when present): builds the CLI, extracts
# every dev article into a temp folder and runs the shared scorer on half A (odd-numbered
# files in name order), half B (even-numbered) and the whole set.
# `make score SCORE_ARGS=--per-article` adds one line per article.
SHARED ?= ../shared
score: cli
	@if [ ! -d "$(SHARED)/corpus/dev/articles" ] || [ ! -f "$(SHARED)/eval/score.py" ]; then \
		echo "make score: $(SHARED)/corpus/dev or $(SHARED)/eval/score.py is missing (the shared dev set is not here)" >&2; exit 1; fi
	@tests/extraction/score-halves.sh "$(SHARED)" ./target/release/briefdesk $(SCORE_ARGS)

# Precision of extracted directives by confidence band on the dev set (halves A, B, whole):
# low-confidence directives must be wrong more often than high ones.
calibrate: cli
	@if [ ! -d "$(SHARED)/corpus/dev/articles" ] || [ ! -f "$(SHARED)/eval/score.py" ]; then \
		echo "make calibrate: $(SHARED)/corpus/dev or $(SHARED)/eval/score.py is missing (the shared dev set is not here)" >&2; exit 1; fi
	@work=$$(mktemp -d); trap 'rm -rf "$$work"' EXIT; \
		./target/release/briefdesk extract "$(SHARED)"/corpus/dev/articles/*.txt --json --out "$$work" >/dev/null; \
		python3 tests/extraction/calibrate.py "$(SHARED)" "$$work"
