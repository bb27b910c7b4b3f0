#!/bin/sh
# Start-up of the Studio workbench to its window, measured from outside: launches bin/tessera-studio on a virtual
# display and polls the X server until a top-level window titled "Tessera Studio" is mapped. Prints one line per
# run (cold first: the per-user OSGi state is new), then the same for `bin/tessera --version` as the peer.
# Needs Xvfb and xwininfo (x11-utils). Usage: releng/bench/studio-startup.sh [RUNS]
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
product=$here/releng/io.tessera.product/target/products/io.tessera.product/linux/gtk/x86_64/tessera
runs=${1:-5}
state=$(mktemp -d)
display=:97
Xvfb $display -screen 0 1600x1000x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$state"' EXIT
sleep 1
ms() { date +%s%3N; }
for i in $(seq 1 "$runs"); do
  start=$(ms)
  DISPLAY=$display TESSERA_STATE_DIR=$state "$product/bin/tessera-studio" >/dev/null 2>&1 &
  pid=$!
  until DISPLAY=$display xwininfo -root -tree 2>/dev/null | grep -q '"Tessera Studio'; do
    sleep 0.02
    if [ $(( $(ms) - start )) -gt 60000 ]; then echo "no window after 60 s"; kill $pid; exit 1; fi
  done
  echo "studio run $i: $(( $(ms) - start )) ms to the window"
  kill $pid; wait $pid 2>/dev/null || true
done
for i in $(seq 1 "$runs"); do
  start=$(ms)
  TESSERA_STATE_DIR=$state "$product/bin/tessera" --version >/dev/null 2>&1
  echo "cli --version run $i: $(( $(ms) - start )) ms"
done
