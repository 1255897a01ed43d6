#!/usr/bin/env bash
# Start-up benchmark: wall time from launching the JVM to the first frame of the window, and to the
# first frame of the sign-in screen (ready to type), for Suhbat on a data folder whose office is set up,
# and for a bare JavaFX window started the same way.
# Needs a display: run under Xvfb (xvfb-run -a bench/startup.sh) after `mvn package`.
# Usage: bench/startup.sh [runs]        (default 10; prints median and min per variant, in ms)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
jar=target/suhbat.jar
classes=target/test-classes
[ -f "$jar" ] && [ -d "$classes" ] || { echo "build first: mvn package" >&2; exit 1; }
java=${JAVA:-java}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

measure() { # name, marker (SUHBAT_WINDOW or SUHBAT_READY), command...
  local name=$1 marker=$2; shift 2
  local times=()
  for i in $(seq 1 "$runs"); do
    local start end
    rm -f "$work/out"
    start=$(date +%s%N)
    "$@" > "$work/out" 2>/dev/null &
    local pid=$!
    until grep -q "$marker" "$work/out" 2>/dev/null; do
      kill -0 "$pid" 2>/dev/null || { echo "$name exited without a frame" >&2; exit 1; }
      sleep 0.005
    done
    end=$(date +%s%N)
    wait "$pid" || true
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n > "$work/times"
  local median min
  median=$(awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}' "$work/times")
  min=$(head -1 "$work/times")
  printf '%-30s median %5d ms   min %5d ms   (%d runs)\n' "$name" "$median" "$min" "$runs"
}

# The class-data archive takes jars only: the bare window goes into a jar of its own.
jar cf "$work/bare.jar" -C "$classes" kz/suhbat/bench
bare=(-cp "$jar:$work/bare.jar" kz.suhbat.bench.BareWindow)

# Suhbat opens a data folder whose office is set up (the everyday start, not the first one): the demo
# office, set up by a first start.
data="$work/data"
"$java" -Dsuhbat.startupProbe=exit -jar "$jar" --demo --data-dir "$data" > /dev/null 2>&1
measure "bare JavaFX window" SUHBAT_READY "$java" -Dsuhbat.startupProbe=exit "${bare[@]}"
measure "Suhbat first frame" SUHBAT_WINDOW "$java" -Dsuhbat.startupProbe=exit -jar "$jar" --demo --data-dir "$data"
measure "Suhbat sign-in shown" SUHBAT_READY "$java" -Dsuhbat.startupProbe=exit -jar "$jar" --demo --data-dir "$data"

if [ "${CDS:-1}" = 1 ]; then
  "$java" -XX:ArchiveClassesAtExit="$work/bare.jsa" -Dsuhbat.startupProbe=exit "${bare[@]}" > /dev/null 2>&1
  "$java" -XX:ArchiveClassesAtExit="$work/suhbat.jsa" -Dsuhbat.startupProbe=exit -jar "$jar" \
    --demo --data-dir "$data" > /dev/null 2>&1
  measure "bare JavaFX window + CDS" SUHBAT_READY "$java" -Dsuhbat.startupProbe=exit -XX:SharedArchiveFile="$work/bare.jsa" "${bare[@]}"
  measure "Suhbat first frame + CDS" SUHBAT_WINDOW "$java" -Dsuhbat.startupProbe=exit -XX:SharedArchiveFile="$work/suhbat.jsa" -jar "$jar" \
    --demo --data-dir "$data"
  measure "Suhbat sign-in + CDS" SUHBAT_READY "$java" -Dsuhbat.startupProbe=exit -XX:SharedArchiveFile="$work/suhbat.jsa" -jar "$jar" \
    --demo --data-dir "$data"
fi

# The installed forms, against the bare window on the same runtime: the application image that
# `mvn -Pinstallers package` builds (trimmed runtime with its class-data archive) and, when installed
# here, the .deb (whose postinst adds an archive of Suhbat's own classes).
measure_installed() { # label, application folder
  local label=$1 app=$2
  [ -x "$app/bin/Suhbat" ] || return 0
  "$app/bin/Suhbat" --demo --data-dir "$work/$label-data" --exit-when-ready > /dev/null 2>&1
  # The launcher makes the archive of Suhbat's own classes in the background after a first start (not
  # for the .deb, whose postinst made it): the starts are measured once it is there.
  local cache=${XDG_CACHE_HOME:-$HOME/.cache}/suhbat folder=${app//[^A-Za-z0-9._-]/_}
  if ! grep -q SharedArchiveFile "$app/lib/app/Suhbat.cfg" && [ -f "$app/lib/app/suhbat.classlist" ]; then
    for _ in $(seq 1 120); do [ -f "$cache/classes$folder.jsa" ] && break; sleep 1; done
  fi
  measure "bare window, $label runtime" SUHBAT_READY "$app/lib/runtime/bin/java" -Dsuhbat.startupProbe=exit \
    "${bare[@]}"
  measure "Suhbat $label first frame" SUHBAT_WINDOW "$app/bin/Suhbat" --demo --data-dir "$work/$label-data" \
    --exit-when-ready
  measure "Suhbat $label sign-in" SUHBAT_READY "$app/bin/Suhbat" --demo --data-dir "$work/$label-data" \
    --exit-when-ready
}
measure_installed image target/installer/image/Suhbat
measure_installed .deb /opt/suhbat
