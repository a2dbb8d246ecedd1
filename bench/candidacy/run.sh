#!/usr/bin/env sh
# Compiles the candidacy bench and the dossier bench's harness it builds on (swc, like the
# services) and runs it. Needs `npm run build` first (the bench starts the built gateway, identity
# and candidacy). Arguments go to the bench: --candidates 1000000 --certifiers 5
# --establishments 2000 --seed N --repeat 40 --budget 60 [--data-dir DIR] [--no-generate] [--no-measure]
set -eu
cd "$(dirname "$0")/../.."
npx swc bench/shared bench/dossiers bench/candidacy -d dist --config-file .swcrc.json --only '**/*.ts' --quiet
exec node --enable-source-maps dist/bench/candidacy/candidacy-bench.js "$@"
