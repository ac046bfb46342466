#!/usr/bin/env bash
# Builds Toile's desktop packages from target/toile-all.jar, so that a founder needs no JDK:
#   - a runtime trimmed with jlink to the modules jdeps finds (plus French and English locale data);
#   - an app image made by jpackage, carrying an AOT cache recorded by a training run, which the
#     launcher maps at start (a missing or stale cache is ignored without a word);
#   - a portable .tar.gz (.zip on Windows) of that image;
#   - the platform's installer: .deb on Linux, .msi on Windows, .dmg on macOS.
# Run by `./mvnw -Ppackage package`; `src/packaging/check.sh` then tries what it built.
# Usage: package.sh VERSION
set -euo pipefail

version=${1:?usage: package.sh VERSION}
root=$(cd "$(dirname "$0")/../.." && pwd)
here=$root/src/packaging
jar=$root/target/toile-all.jar
out=$root/target/package
work=$out/work

say() { echo "toile package: $*"; }

[ -f "$jar" ] || { say "no $jar: run ./mvnw package first" >&2; exit 2; }

# --- The JDK that packs: JDK 25 where the machine has one, the running one otherwise. ---------
feature_of() { "$1/bin/java" -XshowSettings:properties -version 2>&1 \
  | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'; }
pick_jdk() {
  local candidate
  for candidate in "${TOILE_PACKAGE_JDK:-}" /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25-* \
      /Library/Java/JavaVirtualMachines/*25*/Contents/Home "${JAVA_HOME:-}"; do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/jpackage" ]; then
      echo "$candidate"
      return
    fi
  done
  dirname "$(dirname "$(readlink -f "$(command -v java)")")"
}
jdk=$(pick_jdk)
feature=$(feature_of "$jdk")
[ -x "$jdk/bin/jpackage" ] || { say "the JDK at $jdk has no jpackage: set TOILE_PACKAGE_JDK" >&2; exit 2; }
aot=no
if [ "${feature:-0}" -ge 25 ]; then
  aot=yes
  say "packing with JDK $feature ($jdk)"
else
  say "packing with JDK $feature ($jdk): no AOT cache, which needs JDK 25; Toile starts slower"
fi

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=mac ;;
  MINGW* | MSYS* | CYGWIN*) os=windows ;;
  *) say "unknown system $(uname -s)" >&2; exit 2 ;;
esac
arch=$(uname -m | sed 's/x86_64/x64/; s/amd64/x64/; s/aarch64/arm64/')

rm -rf "$out"
mkdir -p "$work/input" "$work/desktop"
cp "$jar" "$work/input/"

# --- The runtime: what jdeps finds, French and English locale data, nothing for developers. ----
modules=$("$jdk/bin/jdeps" --print-module-deps --ignore-missing-deps \
  --multi-release "$feature" "$jar")
modules="$modules,jdk.localedata"
say "runtime modules: $modules"
"$jdk/bin/jlink" --add-modules "$modules" --include-locales=en,fr --strip-debug \
  --no-header-files --no-man-pages --output "$work/runtime"

# --- The app image. -----------------------------------------------------------------------------
icon=$here/icons/toile-256.png
[ "$os" = windows ] && icon=$here/icons/toile.ico
if [ "$os" = mac ]; then
  iconset=$work/toile.iconset
  mkdir -p "$iconset"
  for size in 16 32 128 256 512; do
    cp "$here/icons/toile-$size.png" "$iconset/icon_${size}x${size}.png"
  done
  iconutil -c icns -o "$work/toile.icns" "$iconset"
  icon=$work/toile.icns
fi
# The serial collector: Toile's heap is small (a large canvas holds a few megabytes), and on the
# two cores of a modest laptop G1's threads and barriers cost the start about 0.1 s of CPU.
# The benchmarks measure validation and export with this collector too.
# The client compiler alone: on two cores the optimising compiler's work at start-up (some 0.7 s
# of CPU before the first frame) competes with the window for the cores, and the first frame
# comes about a fifth sooner without it. Toile's work never repays it: the editor spends no more
# CPU on warm interaction with C1's code, and exports and validation of large canvases stay
# within a few tenths of a second (docs/performance.md).
options=(--java-options '-XX:+UseSerialGC' --java-options '-XX:TieredStopAtLevel=1')
if [ "$aot" = yes ]; then
  options+=(--java-options '-XX:AOTCache=$APPDIR/toile.aot' --java-options '-Xlog:aot=off'
    --java-options '--enable-native-access=ALL-UNNAMED' --java-options '--sun-misc-unsafe-memory-access=allow'
    --java-options '-Xlog:cds=off')
fi
if [ "$os" = linux ]; then
  cp "$here/linux/toile.desktop" "$here/linux/toile-mime.xml" "$here/icons/toile.svg" \
    "$here"/icons/toile-*.png "$work/desktop/"
  options+=(--app-content "$work/desktop")
fi
"$jdk/bin/jpackage" --type app-image --name toile --app-version "$version" \
  --vendor Toile --description "Business Model Canvas editor" \
  --input "$work/input" --main-jar toile-all.jar --main-class app.toile.Launcher \
  --runtime-image "$work/runtime" --icon "$icon" --dest "$out/image" "${options[@]}"

case "$os" in
  mac) image=$out/image/toile.app; app=$image/Contents/app; java=$image/Contents/runtime/Contents/Home/bin/java ;;
  windows) image=$out/image/toile; app=$image/app; java=$image/runtime/bin/java ;;
  *) image=$out/image/toile; app=$image/lib/app; java=$image/lib/runtime/bin/java ;;
esac

# --- The AOT cache: a training run opens a sample to its first frame, then the cache is made. --
if [ "$aot" = yes ]; then
  "$here/train.sh" "$java" "$app" "$root/samples/en/paris-startup.toile.json" "$work/train"
fi

# --- The portable archive and the installer. ----------------------------------------------------
case "$os" in
  linux)
    tar -C "$out/image" -czf "$out/toile-$version-linux-$arch.tar.gz" toile
    for tool in fakeroot dpkg-deb; do
      if ! command -v "$tool" >/dev/null 2>&1; then
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
          say "installing fakeroot and dpkg-dev, which jpackage needs for a .deb"
          apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fakeroot dpkg-dev >/dev/null
        else
          say "a .deb needs fakeroot and dpkg-dev: apt-get install fakeroot dpkg-dev" >&2
          exit 2
        fi
      fi
    done
    "$jdk/bin/jpackage" --type deb --app-image "$image" --name toile --app-version "$version" \
      --vendor Toile --description "Business Model Canvas editor for founders, offline" \
      --linux-package-name toile --linux-app-category office --linux-deb-maintainer "Toile <toile@localhost>" \
      --license-file "$root/LICENSE" --resource-dir "$here/linux" --dest "$out"
    ;;
  windows)
    (cd "$out/image" && powershell -NoProfile -Command \
      "Compress-Archive -Path toile -DestinationPath '$(cygpath -w "$out")\\toile-$version-windows-$arch.zip'")
    "$jdk/bin/jpackage" --type msi --app-image "$image" --name Toile --app-version "$version" \
      --vendor Toile --description "Business Model Canvas editor" --license-file "$root/LICENSE" \
      --win-menu --win-menu-group Toile --win-shortcut --win-dir-chooser --win-per-user-install \
      --win-upgrade-uuid 6b1f5f0e-6a8e-4c55-9b0e-3f1c2f8d7a41 --dest "$out"
    ;;
  mac)
    tar -C "$out/image" -czf "$out/toile-$version-mac-$arch.tar.gz" toile.app
    "$jdk/bin/jpackage" --type dmg --app-image "$image" --name Toile --app-version "$version" \
      --vendor Toile --license-file "$root/LICENSE" --mac-package-identifier app.toile \
      --dest "$out"
    ;;
esac
say "built in $out:"
ls -1 "$out" | sed 's/^/  /'
