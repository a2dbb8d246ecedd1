#!/usr/bin/env sh
# Compiles the bench like the services (swc, same path mapping onto dist/libs) and runs it against
# the test runtime (.run/test, left up by CERTHUB_KEEP_RUNTIME=1 or started by runtime.mjs).
# Needs `npm run build` first; arguments: [credentials to issue, default 500] [suspensions, default 20].
set -eu
cd "$(dirname "$0")/../.."
npx swc bench/credentials -d dist --config-file .swcrc.json --only '**/*.ts' --quiet
export CERTHUB_TEST_RUN_DIR="${CERTHUB_TEST_RUN_DIR:-$PWD/.run/test}"
exec node --enable-source-maps dist/bench/credentials/credentials-bench.js "$@"
