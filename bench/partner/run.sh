#!/usr/bin/env sh
# Compiles the bench like the services (swc, same path mapping onto dist/libs) and runs it.
# Needs `npm run build` first; extra arguments go to the bench (--events, --rate, --seconds, --dossiers).
set -eu
cd "$(dirname "$0")/../.."
npx swc bench/shared bench/partner -d dist --config-file .swcrc.json --only '**/*.ts' --quiet
exec node --enable-source-maps dist/bench/partner/partner-bench.js "$@"
