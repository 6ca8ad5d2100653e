#!/usr/bin/env bash
# Creates the skeleton of a workspace package from @iom/core's configuration files.
# Usage: scripts/new-package.sh <dir> "<description>"
set -euo pipefail
dir="$1"; desc="$2"; name="@iom/$dir"
root="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$root/packages/$dir/src"
cd "$root/packages/$dir"
for f in tsconfig.json tsup.config.ts typedoc.json; do cp -n "$root/packages/core/$f" .; done
sed "s/name: 'core'/name: '$dir'/" "$root/packages/core/vitest.config.ts" > vitest.config.ts
node -e '
const fs = require("fs");
const core = require(process.argv[1] + "/packages/core/package.json");
const pkg = { ...core, name: process.argv[2], description: process.argv[3], version: "0.1.0", dependencies: { "@iom/core": "^0.1.0" }, keywords: ["iom", "zod"] };
fs.writeFileSync("package.json", JSON.stringify(pkg, null, 2) + "\n");
' "$root" "$name" "$desc"
