#!/usr/bin/env bash
# Make sure the credit report's CJK font is installed (Debian's fonts-noto-cjk, the font file
# /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc that credittown.credit-report.font-file names by
# default; docs/credit-report.md). scripts/run.sh calls it; scripts/ensure-browser.sh installs the same package for
# the browser tests. Set CT_REPORT_FONT to check another file (then nothing is installed if it is missing).
set -euo pipefail

FONT=${CT_REPORT_FONT:-/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc}

if [[ -f $FONT ]]; then
  exit 0
fi
if [[ -n ${CT_REPORT_FONT:-} ]]; then
  echo "[font] $FONT is missing (CT_REPORT_FONT): credit reports will answer 503 until it is there" >&2
  exit 1
fi
sudo=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || {
    echo "[font] need root or sudo to install fonts-noto-cjk (the credit report's font)" >&2
    exit 1
  }
  sudo=(sudo)
fi
echo "[font] installing fonts-noto-cjk (the credit report's font) ..."
"${sudo[@]}" apt-get update -q
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends fonts-noto-cjk
[[ -f $FONT ]] || { echo "[font] fonts-noto-cjk is installed but $FONT is not there" >&2; exit 1; }
