#!/usr/bin/env bash
# Make sure Chromium and its WebDriver are installed for the Selenium browser
# tests (Debian packages: /usr/bin/chromium and /usr/bin/chromedriver), then
# print their versions. Tests should point Selenium at these binaries
# (webdriver.chrome.driver=/usr/bin/chromedriver) so it never downloads one.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
CHROMEDRIVER=/usr/bin/chromedriver

if [[ ! -x $CHROMIUM || ! -x $CHROMEDRIVER ]]; then
  sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || {
      echo "[browser] need root or sudo to install chromium" >&2
      exit 1
    }
    sudo=(sudo)
  fi
  echo "[browser] installing chromium and chromium-driver ..."
  "${sudo[@]}" apt-get update
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
fi

"$CHROMIUM" --version
"$CHROMEDRIVER" --version
