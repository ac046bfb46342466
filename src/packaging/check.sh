#!/usr/bin/env bash
# Tries what package.sh built, headless: the packaged `toile --version`, `toile validate` and
# `toile export` on every sample, the AOT cache accepted by its runtime, and on Linux the .deb's
# contents; as root, the .deb is installed and removed again (set TOILE_CHECK_INSTALL=no to skip).
# Usage: check.sh VERSION
set -euo pipefail
version=${1:?usage: check.sh VERSION}
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$root/target/package
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
say() { echo "toile check: $*"; }
fail() { say "FAILED: $*" >&2; failures=$((failures + 1)); }

case "$(uname -s)" in
  Darwin) launcher=$out/image/toile.app/Contents/MacOS/toile; app=$out/image/toile.app/Contents/app
    java=$out/image/toile.app/Contents/runtime/Contents/Home/bin/java ;;
  MINGW* | MSYS* | CYGWIN*) launcher=$out/image/toile/toile.exe; app=$out/image/toile/app
    java=$out/image/toile/runtime/bin/java ;;
  *) launcher=$out/image/toile/bin/toile; app=$out/image/toile/lib/app
    java=$out/image/toile/lib/runtime/bin/java ;;
esac
[ -x "$launcher" ] || { say "no packaged launcher at $launcher: run ./mvnw -Ppackage package" >&2; exit 2; }

# Every sample through the packaged command line, from a folder that is not the project's.
check_commands() {
  local toile=$1 where=$2 sample name rc
  (cd "$tmp" && "$toile" --version) | grep -qx "toile $version" \
    || fail "$where: toile --version does not say $version"
  for sample in "$root"/samples/*/*.toile.json; do
    name=$(basename "$(dirname "$sample")")-$(basename "$sample" .toile.json)
    rc=0
    (cd "$tmp" && "$toile" validate "$sample" >/dev/null) || rc=$?
    [ "$rc" -le 1 ] || fail "$where: toile validate $name exits $rc"
    rc=0
    (cd "$tmp" && "$toile" export "$sample" -o "$tmp/$name.pdf" >/dev/null) || rc=$?
    [ "$rc" = 0 ] && [ -s "$tmp/$name.pdf" ] || fail "$where: toile export $name exits $rc"
  done
}
check_commands "$launcher" "app image"
say "app image: --version, validate and export of $(ls "$root"/samples/*/*.toile.json | wc -l) samples"

if [ -f "$app/toile.aot" ]; then
  # shellcheck source=launcher-options.sh
  . "$root/src/packaging/launcher-options.sh"
  launcher_options "$app"
  # AOTMode=on refuses to start when the cache cannot be used, where the launcher would go on;
  # with the launcher's options, the cache must also bring its linked classes, which it drops
  # without a word when it was made with other module options.
  log=$("$java" "${launcher_opts[@]}" -XX:AOTMode=on -XX:AOTCache="$app/toile.aot" -Xlog:aot=info \
    -cp "$app/toile-all.jar" app.toile.Launcher --version 2>&1) \
    || fail "the AOT cache is not accepted by the packaged runtime"
  grep -q "Using AOT-linked classes: true" <<<"$log" \
    || fail "the AOT cache is used without its linked classes: made with other options than the launcher's?"
  say "app image: the AOT cache is accepted, with its linked classes"
fi

[ "$(uname -s)" = Linux ] || { [ "$failures" = 0 ] && exit 0 || exit 1; }

deb=$(ls "$out"/toile_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || { fail "no .deb in $out"; exit 1; }
contents=$(dpkg-deb --contents "$deb")
for path in ./opt/toile/bin/toile ./opt/toile/lib/app/toile-all.jar ./opt/toile/lib/runtime/bin/java \
    ./opt/toile/lib/desktop/toile.desktop ./opt/toile/lib/desktop/toile-mime.xml \
    ./opt/toile/lib/desktop/toile.svg ./opt/toile/lib/desktop/toile-256.png; do
  grep -q " $path\$" <<<"$contents" || fail "the .deb lacks $path"
done
[ -z "$(ls "$out"/image/toile/lib/app/toile.aot 2>/dev/null)" ] \
  || grep -q " ./opt/toile/lib/app/toile.aot\$" <<<"$contents" || fail "the .deb lacks the AOT cache"
say ".deb: $(basename "$deb"), $(du -h "$deb" | cut -f1), launcher, runtime, desktop entry, file type and icons"

if [ "$(id -u)" != 0 ] || [ "${TOILE_CHECK_INSTALL:-yes}" = no ]; then
  say "not installing the .deb (needs root; TOILE_CHECK_INSTALL=no skips it)"
  [ "$failures" = 0 ] && exit 0 || exit 1
fi
if dpkg-query -W -f='${Status}' toile 2>/dev/null | grep -q "ok installed"; then
  say "a toile package is installed already: not touching it"
  [ "$failures" = 0 ] && exit 0 || exit 1
fi
dpkg -i "$deb" >"$tmp/dpkg.log" 2>&1 || { cat "$tmp/dpkg.log" >&2; fail "dpkg -i"; }
[ "$(command -v toile)" = /usr/bin/toile ] || fail "toile is not on the PATH after installing"
check_commands /usr/bin/toile "installed"
[ -f /usr/share/applications/toile.desktop ] || fail "no desktop entry installed"
[ -f /usr/share/mime/packages/toile.xml ] || fail "no file type installed"
[ -f /usr/share/icons/hicolor/256x256/apps/toile.png ] || fail "no icon installed"
if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate /usr/share/applications/toile.desktop || fail "the desktop entry is not valid"
fi
if command -v xdg-mime >/dev/null 2>&1 && [ -d /usr/share/mime/application ]; then
  touch "$tmp/x.toile.json"
  type=$(xdg-mime query filetype "$tmp/x.toile.json" 2>/dev/null || true)
  [ "$type" = application/vnd.toile+json ] || fail "xdg-mime says $type for x.toile.json"
  say "installed: xdg-mime says $type for x.toile.json"
fi
dpkg -r toile >"$tmp/dpkg.log" 2>&1 || { cat "$tmp/dpkg.log" >&2; fail "dpkg -r"; }
for left in /usr/bin/toile /opt/toile /usr/share/applications/toile.desktop \
    /usr/share/mime/packages/toile.xml /usr/share/icons/hicolor/256x256/apps/toile.png; do
  [ ! -e "$left" ] || fail "$left is left after dpkg -r"
done
say "the .deb installs, works from any folder, and removes cleanly"
[ "$failures" = 0 ] || { say "$failures check(s) failed" >&2; exit 1; }
