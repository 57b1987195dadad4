#!/usr/bin/env bash
# Makes sure the system tools the tests use are here: Debian's Chromium and fonts (browser tests),
# xmllint, and Java 11+ (the Nu Html Checker). Installs what is missing when it can (root with apt-get);
# otherwise says what to install. Run by `npm test` (pretest) and by .ci/run.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

missing=()
{ installed chromium && [ -x /usr/bin/chromium ]; } || missing+=(chromium)
installed fonts-liberation || missing+=(fonts-liberation)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)

if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "The tests need these Debian packages: ${missing[*]}. Install them (sudo apt-get install -y --no-install-recommends ${missing[*]}) and run npm test again." >&2
    exit 1
  fi
  echo "Installing ${missing[*]} for the tests"
  # Slim Debian images lack this folder, and the OpenJDK package fails to install without it.
  mkdir -p /usr/share/man/man1
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null >/dev/null
fi

[ -x /usr/bin/chromium ] || { echo "/usr/bin/chromium is missing after installation" >&2; exit 1; }
java_version="$(java -version 2>&1 | head -n 1)"
java_major="$(printf '%s\n' "$java_version" | sed -E 's/.*version "(1\.)?([0-9]+).*/\2/')"
if ! [ "$java_major" -ge 11 ] 2>/dev/null; then
  echo "Java 11 or newer is needed for the HTML validator (vnu.jar); found: $java_version" >&2
  exit 1
fi
