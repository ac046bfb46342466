#!/usr/bin/env bash
# Records the AOT cache of a packaged Toile: a training run opens a canvas in the editor and, once
# it is drawn, exports it to PDF through the editor's export, then stops, which writes the classes
# it loaded and linked (the AOT configuration); the cache is then made from it beside the jar,
# where the launcher looks for it. The run needs a display: the one given, or an Xvfb of its own
# on Linux. With none, the cache is recorded from the command line exporting that canvas to PDF
# instead, which still spares the editor most of its class loading.
# Usage: train.sh JAVA APP_DIR CANVAS WORK_DIR
set -euo pipefail
java=$1 app=$2 canvas=$3 work=$4
config=$work/toile.aotconf
cache=$app/toile.aot
mkdir -p "$work/home"
say() { echo "toile package: $*"; }
# shellcheck source=launcher-options.sh
. "$(dirname "$0")/launcher-options.sh"
launcher_options "$app"

xvfb_pid=
cleanup() { [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true; }
trap cleanup EXIT
display=${DISPLAY:-}
if [ -z "$display" ] && [ "$(uname -s)" = Linux ] && command -v Xvfb >/dev/null 2>&1; then
  for n in $(seq 87 99); do
    if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then
      Xvfb ":$n" -screen 0 1280x800x24 >/dev/null 2>&1 &
      xvfb_pid=$!
      display=:$n
      sleep 1
      break
    fi
  done
fi

run=("$java" "${launcher_opts[@]}" -XX:AOTMode=record -XX:AOTConfiguration="$config"
  -Duser.home="$work/home" -Dtoile.data.dir="$work/home/data" -cp "$app/toile-all.jar")
if [ -n "$display" ] || [ "$(uname -s)" != Linux ]; then
  say "training run: the editor opening $(basename "$canvas") and exporting it"
  DISPLAY=$display timeout 120 "${run[@]}" -Dtoile.training.export="$work/train.pdf" \
    -Dprism.order=sw app.toile.Launcher "$canvas" >"$work/train.log" 2>&1 || true
else
  say "training run: no display, so the command line exporting $(basename "$canvas")"
  timeout 120 "${run[@]}" app.toile.Launcher export "$canvas" -o "$work/train.pdf" \
    >"$work/train.log" 2>&1 || true
fi
if [ ! -s "$work/train.pdf" ]; then
  echo "toile package: the training run wrote no PDF; its log:" >&2
  cat "$work/train.log" >&2
  exit 1
fi
"$java" "${launcher_opts[@]}" -XX:AOTMode=create -XX:AOTConfiguration="$config" \
  -XX:AOTCache="$cache" -cp "$app/toile-all.jar" >>"$work/train.log" 2>&1
say "AOT cache: $(du -h "$cache" | cut -f1)"
