#!/usr/bin/env bash
# Builds Suhbat's desktop packages with the JDK's jlink and jpackage. Run through Maven, which first
# builds the jar and gathers the libraries:   mvn -Pinstallers package
#   installer/build.sh VERSION [linux|windows|macos]
# Linux (here): target/installer/suhbat_<version>_amd64.deb and suhbat-<version>-linux-portable.zip.
# Windows and macOS: run the same Maven command on those systems (jpackage builds only for its own OS).
set -euo pipefail
cd "$(dirname "$0")/.."
version=${1:?usage: installer/build.sh VERSION [linux|windows|macos]}
platform=${2:-linux}
app_version=${version%-SNAPSHOT}
out=target/installer
args=installer/jpackage

rm -rf "$out/input" "$out/runtime" "$out/image" "$out/portable"
mkdir -p "$out/input"
cp target/installer-libs/*.jar "$out/input/"
cp "target/suhbat-$version.jar" "$out/input/suhbat.jar"

echo "== runtime: JDK and JavaFX modules Suhbat needs (jlink)"
jlink @"$args/jlink.txt" --module-path target/installer-javafx --output "$out/runtime"

echo "== class-data archive of the runtime's classes Suhbat loads at start"
# The JDK and JavaFX classes sit in the runtime image, so the archive does not depend on where the
# application is installed. Making the class list needs a display: Xvfb when there is none.
run_display() {
  if [ -n "${DISPLAY:-}" ]; then "$@"; elif command -v xvfb-run >/dev/null; then xvfb-run -a "$@"; else return 1; fi
}
training=$(mktemp -d)
if [ "$platform" = linux ] && run_display "$out/runtime/bin/java" -XX:DumpLoadedClassList="$training/classes.lst" \
     -cp "$out/input/*" kz.suhbat.app.Launcher --demo --data-dir "$training/data" --exit-when-ready > /dev/null; then
  archive="$out/runtime/lib/server/classes.jsa"
  chmod u+w "$archive"
  rm -f "$out/runtime/lib/server/classes_nocoops.jsa"   # only for heaps over 32 GB
  "$out/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$training/classes.lst" \
    -XX:SharedArchiveFile="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off > /dev/null
  echo "   $(wc -l < "$training/classes.lst") classes listed; archive $(du -h "$archive" | cut -f1)"
  # The list also goes with the application: the .deb's postinst archives Suhbat's own classes with
  # it, once the files are in their final place.
  cp "$training/classes.lst" "$out/input/suhbat.classlist"
else
  echo "   skipped: no display and no xvfb-run (the runtime keeps the JDK's default archive)" >&2
fi
rm -rf "$training"

if [ "$platform" = macos ] && [ ! -f installer/icons/suhbat.icns ]; then
  # macOS wants an .icns icon: made there from the PNG with the system's sips and iconutil.
  set_dir=$(mktemp -d)/suhbat.iconset
  mkdir -p "$set_dir"
  for size in 16 32 128 256; do
    sips -z $size $size installer/icons/suhbat.png --out "$set_dir/icon_${size}x${size}.png" > /dev/null
  done
  iconutil -c icns "$set_dir" -o installer/icons/suhbat.icns
fi

echo "== application image (jpackage)"
jpackage @"$args/common.txt" @"$args/app.txt" @"$args/$platform-image.txt" --type app-image --app-version "$app_version" \
  --runtime-image "$out/runtime" --input "$out/input" --dest "$out/image"

case "$platform" in
  linux)
    # jpackage's own launcher asks rpm and dpkg at every start which package it belongs to; a script
    # that starts the runtime with the same settings (Suhbat.cfg) takes its place.
    install -m 755 installer/linux/launcher.sh "$out/image/Suhbat/bin/Suhbat"
    echo "== portable zip (data kept beside the application)"
    mkdir -p "$out/portable"
    cp -a "$out/image/Suhbat" "$out/portable/Suhbat"
    touch "$out/portable/Suhbat/suhbat.portable"
    cp installer/portable/README.txt "$out/portable/Suhbat/README.txt"
    rm -f "$out/suhbat-$app_version-linux-portable.zip"
    (cd "$out/portable" && zip -qry "../suhbat-$app_version-linux-portable.zip" Suhbat)
    echo "== Debian package (jpackage)"
    rm -f "$out"/suhbat_*.deb
    jpackage @"$args/common.txt" @"$args/linux-deb.txt" --type deb --app-version "$app_version" \
      --app-image "$out/image/Suhbat" --dest "$out"
    ;;
  windows)
    jpackage @"$args/common.txt" @"$args/windows.txt" --type msi --app-version "$app_version" \
      --app-image "$out/image/Suhbat" --dest "$out"
    ;;
  macos)
    jpackage @"$args/common.txt" @"$args/macos.txt" --type dmg --app-version "$app_version" \
      --app-image "$out/image/Suhbat.app" --dest "$out"
    ;;
esac
ls -la "$out" | grep -E '\.(deb|zip|msi|dmg)$' || true
