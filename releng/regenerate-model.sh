#!/bin/sh
# Regenerates bundles/io.tessera.model/src-gen (and model/tessera.genmodel) from model/tessera.ecore with EMF's
# code generator, run standalone from Maven Central artifacts. Commit what it changes.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
rm -rf "$root/bundles/io.tessera.model/src-gen"
cd "$here/io.tessera.model.codegen"
"$root/mvnw" -B -q -ntp compile exec:java -Dexec.cleanupDaemonThreads=false -Dexec.args="$root/bundles/io.tessera.model"
