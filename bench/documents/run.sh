#!/usr/bin/env sh
# Compiles the bench like the services (swc, same path mapping onto dist/libs) and runs it.
# Needs `npm run build` first and a running runtime (Keycloak, MongoDB, MinIO); extra arguments go
# to the bench (--uploads 50 --mib 8).
set -eu
cd "$(dirname "$0")/../.."
npx swc bench/shared bench/documents -d dist --config-file .swcrc.json --only '**/*.ts' --quiet
exec node --enable-source-maps dist/bench/documents/documents-bench.js "$@"
