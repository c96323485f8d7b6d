#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the .deb of a configured build tree, installs it with apt-get, checks the installed programs,
# removes the package and checks that nothing of it is left under /usr. Usage: scripts/package-check.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
build="$(realpath "${1:-build/dev}")"
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"

(cd "$build" && cpack -G DEB >/dev/null)
deb="$(ls -t "$build"/optibench_*.deb | head -1)"
echo "package-check: $deb"
lintian --fail-on error "$deb"

$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
trap '$SUDO env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq optibench >/dev/null 2>&1 || true' EXIT
files="$(dpkg -L optibench | sort)"

/usr/bin/optibench-cli --version
/usr/bin/optibench-worker --version  # the child process the CLI and the workbench run the models in
history_db="$(mktemp -d)/history.sqlite"  # the run history needs the QSQLITE plugin (Depends: libqt6sql6-sqlite)
/usr/bin/optibench-cli run --hidden 32 --layers 2 --batch 1 --methods eager --warmup 2 --iterations 10 --quiet \
  --history-db "$history_db"
/usr/bin/optibench-cli history list --history-db "$history_db" | grep -q "simplified 32×2"
rm -rf "$(dirname "$history_db")"
test -f /usr/share/applications/io.github.optibench.OptiBench.desktop
desktop-file-validate /usr/share/applications/io.github.optibench.OptiBench.desktop
man -w optibench-cli >/dev/null

# The workbench must come up and stay up offscreen (timeout's 124 means it was still running).
set +e
QT_QPA_PLATFORM=offscreen OPTIBENCH_HISTORY_DB=off XDG_RUNTIME_DIR="$(mktemp -d)" timeout 8 /usr/bin/optibench
rc=$?
set -e
if [ "$rc" -ne 124 ]; then
  echo "package-check: the installed optibench exited early with status $rc" >&2
  exit 1
fi

$SUDO env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq optibench >/dev/null
trap - EXIT
left=""
while IFS= read -r f; do
  case "$f" in /usr|/usr/bin|/usr/share|/usr/share/*/|/.) continue;; esac
  if [ -e "$f" ] && [ ! -d "$f" ]; then left="$left $f"; fi
done <<< "$files"
if [ -n "$left" ]; then
  echo "package-check: files left after removal:$left" >&2
  exit 1
fi
for d in /usr/share/doc/optibench /usr/share/metainfo/io.github.optibench.OptiBench.metainfo.xml; do
  if [ -e "$d" ]; then echo "package-check: $d left after removal" >&2; exit 1; fi
done
echo "package-check: installed, ran, removed cleanly"
