#!/usr/bin/env bash
# Install what Briefdesk needs and is missing: Debian packages, npm packages.
# Usage: .ci/setup.sh app|test   (app: build and run; test: also the test tools)
set -euo pipefail
cd "$(dirname "$0")/.."

want=${1:-test}
build_pkgs=(libwebkit2gtk-4.1-dev build-essential pkg-config curl file libxdo-dev libssl-dev
            libayatana-appindicator3-dev librsvg2-dev fonts-noto-core)
test_pkgs=(xvfb xauth xdotool webkit2gtk-driver chromium poppler-utils imagemagick dpkg-dev)
pkgs=("${build_pkgs[@]}")
[ "$want" = test ] && pkgs+=("${test_pkgs[@]}")

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}" >&2
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

for tool in cargo node npm; do
  command -v "$tool" >/dev/null || { echo "setup: $tool is required (Rust toolchain, Node.js 20+)" >&2; exit 1; }
done

# The lint gate of `make test` needs rustfmt and clippy (rustup adds them when missing).
if [ "$want" = test ]; then
  for pair in rustfmt:fmt clippy:clippy; do
    comp=${pair%%:*} sub=${pair#*:}
    if ! cargo "$sub" --version >/dev/null 2>&1; then
      command -v rustup >/dev/null && rustup component add "$comp" \
        || { echo "setup: cargo $sub is required (rustup component add $comp)" >&2; exit 1; }
    fi
  done
fi

# npm packages, reinstalled only when the lock file changed. (`npm install`, not `npm ci`:
# npm 11 leaves the Tauri CLI's other-platform optional packages out of the lock file,
# which `npm ci` then refuses.)
npm_install() {
  local dir=$1
  if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    echo "setup: npm packages in $dir" >&2
    (cd "$dir" && npm install --no-audit --no-fund --loglevel=error)
  fi
}
npm_install ui
[ "$want" = test ] && npm_install tests
exit 0
