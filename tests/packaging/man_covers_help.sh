#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The man page documents every command and option that `optibench-cli --help` lists, so the two cannot drift apart.
# Usage: man_covers_help.sh OPTIBENCH_CLI MAN_PAGE
set -euo pipefail
cli="$1"
man="$2"
help="$("$cli" --help)"
missing=0
# Options: every --name in the help text must appear in the man page as \-\-name (groff escapes the dashes).
for opt in $(grep -oE -- '--[a-z][a-z-]*' <<<"$help" | sort -u); do
    escaped="${opt//-/\\\\-}"
    if ! grep -qE -- "${escaped}([^a-z\\-]|\\\\-[^a-z]|$)" "$man"; then
        echo "man page $man does not document $opt" >&2
        missing=1
    fi
done
# Commands: the words at the start of the lines under "Commands:".
for cmd in $(sed -n '/^Commands:/,/^$/p' <<<"$help" | grep -oE '^  [a-z]+' | tr -d ' '); do
    if ! grep -qE "^\.B(R|I)? optibench-cli $cmd\b|^\.B $cmd\b" "$man"; then
        echo "man page $man does not document the command $cmd" >&2
        missing=1
    fi
done
exit "$missing"
