#!/usr/bin/env sh
# Compiles the load bench and the dossier bench it builds on (swc, like the services) and runs it.
# Needs `npm run build` first (the bench starts the built gateway, identity and dossier).
# Arguments go to the bench: --dossiers 100000 --findings 100000 --clients 20 --seconds 60
# [--data-dir DIR] [--no-generate]
set -eu
cd "$(dirname "$0")/../.."
npx swc bench/shared bench/dossiers bench/load -d dist --config-file .swcrc.json --only '**/*.ts' --quiet
exec node --enable-source-maps dist/bench/load/load.js "$@"
