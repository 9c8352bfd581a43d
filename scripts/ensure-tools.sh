#!/usr/bin/env bash
# Make sure the command-line tools the scripts use are there: curl (every readiness check) and pgrep (procps: which
# processes services.sh started). A minimal Debian (a container image, debootstrap --variant=minbase) has neither;
# this installs Debian's curl and procps when one is missing. scripts/run.sh, scripts/test.sh and
# `scripts/services.sh start` call it first.
set -euo pipefail

missing=()
command -v curl >/dev/null || missing+=(curl)
command -v pgrep >/dev/null || missing+=(procps)
((${#missing[@]})) || exit 0

sudo=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || {
    echo "[tools] ${missing[*]} missing and installing needs root or sudo (apt-get install ${missing[*]})" >&2
    exit 1
  }
  sudo=(sudo)
fi
command -v apt-get >/dev/null || { echo "[tools] ${missing[*]} missing and this is no Debian machine: install them" >&2; exit 1; }
echo "[tools] installing Debian's ${missing[*]} (the scripts need curl and pgrep) ..."
"${sudo[@]}" apt-get update -q
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
