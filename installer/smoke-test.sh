#!/usr/bin/env bash
# Checks the packages that `mvn -Pinstallers package` built: the application image, the portable zip
# (its data must land beside it) and, when run as root, the .deb installed with apt. Each must reach
# its first screen (the set-up form of a new office) and exit by itself with status 0.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/installer
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run_display() {
  if [ -n "${DISPLAY:-}" ]; then "$@"; else xvfb-run -a "$@"; fi
}

starts() { # description, command...
  local what=$1; shift
  if run_display timeout 120 "$@" > "$work/out" 2> "$work/err" && grep -q SUHBAT_READY "$work/out"; then
    echo "ok: $what reached its first screen and closed"
    return 0
  else
    echo "FAILED: $what" >&2
    cat "$work/out" "$work/err" >&2
    exit 1
  fi
}

starts "application image" "$out/image/Suhbat/bin/Suhbat" --data-dir "$work/image-data" --exit-when-ready

mkdir -p "$work/stick"
zip=$(ls "$PWD/$out"/suhbat-*-linux-portable.zip)
(cd "$work/stick" && unzip -q "$zip")
# The demo office is set up at its first start (accounts, encrypted database), in data/demo/ on the stick.
starts "portable zip" "$work/stick/Suhbat/bin/Suhbat" --demo --exit-when-ready
for file in db/suhbat.mv.db keyring.json; do
  [ -f "$work/stick/Suhbat/data/demo/$file" ] || { echo "FAILED: portable data ($file) is not beside the app" >&2; exit 1; }
done
echo "ok: portable data kept beside the application"

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  deb=$(ls "$out"/suhbat_*_amd64.deb)
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" > "$work/apt.log" 2>&1 \
    || { cat "$work/apt.log" >&2; echo "FAILED: the .deb did not install" >&2; exit 1; }
  [ -f /usr/share/applications/suhbat-Suhbat.desktop ] || ls /usr/share/applications | grep -qi suhbat \
    || { echo "FAILED: no menu entry" >&2; exit 1; }
  starts "installed .deb" /opt/suhbat/bin/Suhbat --data-dir "$work/deb-data" --exit-when-ready
  DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq suhbat > /dev/null 2>&1
  echo "ok: the .deb installs with its menu entry, starts and uninstalls"
fi
