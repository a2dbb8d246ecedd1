#!/usr/bin/env sh
# Compiles the bench like the services (swc, same path mapping onto dist/libs and dist/services) and
# runs it. Needs `npm run build` first (the bench starts the built gateway, identity and dossier).
# Arguments go to the bench: --dossiers 2000 --findings 10000 --cbs 5 --seed N --commands 20
# --repeat 20 --budget 60 [--data-dir DIR] [--no-generate] [--no-measure]
set -eu
cd "$(dirname "$0")/../.."
npx swc bench/shared bench/dossiers -d dist --config-file .swcrc.json --only '**/*.ts' --quiet
exec node --enable-source-maps dist/bench/dossiers/dossier-bench.js "$@"
