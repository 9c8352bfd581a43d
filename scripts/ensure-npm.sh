#!/usr/bin/env bash
# Make sure npm and a Node.js the ui build can use are there. The ui build fetches bpmn-js and ECharts with
# `npm pack` (their published tarballs only; nothing is built with npm), and the Vaadin Maven plugin
# (prepare-frontend, build-frontend) requires Node.js >= CT_NODE_MINIMUM (20 for Vaadin 24.9).
# - npm missing: installs Debian's nodejs and npm.
# - node older than the minimum (Debian 12's nodejs is 18.20): fetches the Node.js binary that the npm registry
#   publishes as the package node-linux-<arch>@CT_NODE_VERSION (22.22.2, the version Vaadin 24.9 itself would
#   download) into .run/node, through the same registry as `npm pack` (nodejs.org need not be reachable), and prints
#   that folder's bin directory on stdout: the caller puts it first on its PATH. Prints nothing otherwise.
# scripts/run.sh and scripts/test.sh call it before building. Messages go to stderr.
set -euo pipefail
cd "$(dirname "$0")/.."

minimum=${CT_NODE_MINIMUM:-20}
version=${CT_NODE_VERSION:-22.22.2}

if ! command -v npm >/dev/null; then
  sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || {
      echo "[npm] npm is missing and installing it needs root or sudo (apt-get install nodejs npm)" >&2
      exit 1
    }
    sudo=(sudo)
  fi
  echo "[npm] npm is missing (the ui build runs npm pack): installing Debian's nodejs and npm ..." >&2
  "${sudo[@]}" apt-get update -q >&2
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends nodejs npm >&2
  npm --version >/dev/null
fi

major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if (( $(major node) >= minimum )); then
  exit 0
fi
home=$PWD/.run/node
if [[ -x $home/bin/node ]] && (( $(major "$home/bin/node") >= minimum )); then
  echo "$home/bin"
  exit 0
fi
case $(uname -m) in
  x86_64) arch=x64 ;;
  aarch64) arch=arm64 ;;
  *) echo "[npm] no Node.js >= $minimum on the PATH and no package for $(uname -m): install one" >&2; exit 1 ;;
esac
echo "[npm] node $(node --version 2>/dev/null || echo none) is older than the $minimum the Vaadin build needs:" \
  "fetching node-linux-$arch@$version from the npm registry into .run/node ..." >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "node-linux-$arch@$version" >/dev/null)
rm -rf "$home" && mkdir -p "$home"
tar -xzf "$work"/node-linux-"$arch"-*.tgz -C "$home" --strip-components=1
(( $(major "$home/bin/node") >= minimum )) || { echo "[npm] the fetched node does not run" >&2; exit 1; }
echo "[npm] using $("$home/bin/node" --version) from .run/node" >&2
echo "$home/bin"
