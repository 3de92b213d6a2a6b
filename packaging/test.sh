#!/usr/bin/env bash
# Builds Parasol with the ci preset (warnings are errors) and runs every test but the
# benchmarks. Installs what is missing first. PostgreSQL tests start their own private
# server on 127.0.0.1; nothing else needs to be running.
#   ./packaging/test.sh              every test
#   ./packaging/test.sh -L unit      only some (arguments go to ctest)
set -euo pipefail
cd "$(dirname "$0")/.."

./packaging/install-dependencies.sh
cmake --preset ci >/dev/null
cmake --build --preset ci
ctest --preset ci "$@"
