#!/usr/bin/env bash
# Runs a command with another major version of Node.js first on PATH: `scripts/with-node.sh 24 npm run test:unit`.
# The binary comes from the npm registry's node-linux-<arch> package (a registry package, not a download
# of its own), installed once into .tmp/node-<major>. CI runs the unit tests on Node 24 with it.
set -euo pipefail
major="$1"
shift
case "$(uname -m)" in
  x86_64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) echo "with-node: no node-linux package for $(uname -m)" >&2; exit 1 ;;
esac
root="$(cd "$(dirname "$0")/.." && pwd)"
prefix="$root/.tmp/node-$major"
bin="$prefix/node_modules/node-linux-$arch/bin"
if [ ! -x "$bin/node" ]; then
  mkdir -p "$prefix"
  npm install --no-save --no-audit --no-fund --no-package-lock --prefix "$prefix" "node-linux-$arch@$major" >/dev/null
fi
# npm and npx are the machine's (their scripts run with the first node on PATH: this one).
export PATH="$bin:$PATH"
echo "with-node: $(node --version)" >&2
exec "$@"
