#!/usr/bin/env bash
# Make sure Chromium and its WebDriver are installed for the Selenium browser
# tests (Debian packages: /usr/bin/chromium and /usr/bin/chromedriver), then
# print their versions. Also installs CJK fonts. Tests should point Selenium at these binaries
# (webdriver.chrome.driver=/usr/bin/chromedriver) so it never downloads one.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
CHROMEDRIVER=/usr/bin/chromedriver

# CJK fonts so pages in Simplified Chinese render (screenshots in docs/ are taken with them).
have_cjk_fonts() { dpkg -s fonts-noto-cjk >/dev/null 2>&1; }

if [[ ! -x $CHROMIUM || ! -x $CHROMEDRIVER ]] || ! have_cjk_fonts; then
  sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || {
      echo "[browser] need root or sudo to install chromium" >&2
      exit 1
    }
    sudo=(sudo)
  fi
  echo "[browser] installing chromium, chromium-driver and fonts-noto-cjk ..."
  "${sudo[@]}" apt-get update
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
    chromium chromium-driver fonts-noto-cjk
fi

"$CHROMIUM" --version
"$CHROMEDRIVER" --version
