#!/usr/bin/env bash
# Make sure npm and a Node.js the ui build can use are there. The ui build fetches bpmn-js and ECharts with
# `npm pack` (their published tarballs only; nothing is built with npm), and the Vaadin Maven plugin
# (prepare-frontend, build-frontend) requires Node.js >= CT_NODE_MINIMUM (20 for Vaadin 24.9) and npm >= 9.6; with
# less it downloads its own from nodejs.org, which may be unreachable.
# - npm missing: installs Debian's nodejs and npm.
# - node or npm older than that (Debian 12 has node 18.20 and npm 9.2): fetches the Node.js binary that the npm
#   registry publishes as the package node-linux-<arch>@CT_NODE_VERSION (22.22.2) and npm@CT_NPM_VERSION (10.9.4),
#   the versions Vaadin 24.9 itself would download, into .run/node, through the same registry as `npm pack` (nodejs.org need not be reachable), and prints
#   that folder's bin directory on stdout: the caller puts it first on its PATH. Prints nothing otherwise.
# scripts/run.sh and scripts/test.sh call it before building. Messages go to stderr.
set -euo pipefail
cd "$(dirname "$0")/.."

minimum=${CT_NODE_MINIMUM:-20}
version=${CT_NODE_VERSION:-22.22.2}
npm_minimum=9006 # Vaadin 24.9: npm 9.6 or newer
npm_version=${CT_NPM_VERSION:-10.9.4} # the npm Vaadin 24.9 itself would install with its Node.js

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
# npm's version as one number (major * 1000 + minor), 0 when it does not run
npm_number() { "$@" --version 2>/dev/null | awk -F. '{ print $1 * 1000 + $2 }' || echo 0; }
usable() { # node and npm as the Vaadin plugin accepts them: node >= $minimum, npm >= $npm_minimum
  (( $(major "$1") >= minimum )) && (( $(npm_number "${@:2}") >= npm_minimum ))
}

if usable node npm; then
  exit 0
fi
home=$PWD/.run/node
if [[ -x $home/bin/node ]] && usable "$home/bin/node" "$home/bin/node" "$home/lib/node_modules/npm/bin/npm-cli.js"; then
  echo "$home/bin"
  exit 0
fi
case $(uname -m) in
  x86_64) arch=x64 ;;
  aarch64) arch=arm64 ;;
  *) echo "[npm] no Node.js >= $minimum with npm >= 9.6 on the PATH and no package for $(uname -m): install them" >&2; exit 1 ;;
esac
echo "[npm] node $(node --version 2>/dev/null || echo none) / npm $(npm --version 2>/dev/null || echo none) are older than" \
  "the Vaadin build accepts (node $minimum, npm 9.6): fetching node-linux-$arch@$version and npm@$npm_version from the" \
  "npm registry into .run/node ..." >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "node-linux-$arch@$version" "npm@$npm_version" >/dev/null)
rm -rf "$home" && mkdir -p "$home/lib/node_modules/npm"
tar -xzf "$work"/node-linux-"$arch"-*.tgz -C "$home" --strip-components=1
tar -xzf "$work"/npm-"$npm_version".tgz -C "$home/lib/node_modules/npm" --strip-components=1
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$home/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$home/bin/npx"
usable "$home/bin/node" "$home/bin/node" "$home/lib/node_modules/npm/bin/npm-cli.js" ||
  { echo "[npm] the fetched node and npm do not run" >&2; exit 1; }
echo "[npm] using node $("$home/bin/node" --version) and npm $("$home/bin/node" "$home/lib/node_modules/npm/bin/npm-cli.js" --version) from .run/node" >&2
echo "$home/bin"
