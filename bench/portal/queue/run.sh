#!/usr/bin/env sh
# Compiles the queue bench with the dossier bench it reuses (swc, as bench/dossiers/run.sh does) and
# runs it. Needs `npm run build` first (the built gateway serves the built portal).
# Arguments: --dossiers 100000 --findings 500000 --cbs 5 --seed N --repeat 10
# [--data-dir DIR] [--no-generate]
set -eu
cd "$(dirname "$0")/../../.."
npx swc bench/shared bench/dossiers bench/portal/queue -d dist --config-file .swcrc.json --only '**/*.ts' --quiet
exec node --enable-source-maps dist/bench/portal/queue/queue-bench.js "$@"
