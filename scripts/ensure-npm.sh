#!/usr/bin/env bash
# Make sure npm is on the PATH: the ui build fetches bpmn-js and ECharts with `npm pack` (their published
# tarballs only; nothing is built with npm, and Vaadin uses its pre-built bundle). Installs Debian's nodejs and
# npm when it is missing. scripts/run.sh and scripts/test.sh call it before building.
set -euo pipefail

if command -v npm >/dev/null; then
  exit 0
fi
sudo=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || {
    echo "[npm] npm is missing and installing it needs root or sudo (apt-get install nodejs npm)" >&2
    exit 1
  }
  sudo=(sudo)
fi
echo "[npm] npm is missing (the ui build runs npm pack): installing Debian's nodejs and npm ..."
"${sudo[@]}" apt-get update -q
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends nodejs npm
npm --version >/dev/null
