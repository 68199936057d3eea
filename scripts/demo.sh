#!/usr/bin/env bash
# The main job: set up, build, and run the demo survey with its report (peiling-demo/).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --target peiling
build/peiling validate questionnaires/greven-fasen.json
build/peiling demo --out peiling-demo "$@"
