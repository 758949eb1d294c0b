#!/usr/bin/env bash
# Records the corpus's expected outputs by running each program under Racket (the oracle).
# A development tool: CI never runs it (the recorded files are committed).
#
#   scripts/record-corpus.sh                     # every program under test/corpus/
#   scripts/record-corpus.sh test/corpus/lists/foo.rkt ...   # just these
#   scripts/record-corpus.sh --check-print [FILE...]         # also warn about top-level printing
#
# For test/corpus/AREA/NAME.rkt it writes, next to it:
#   NAME.out   exact stdout (always, possibly empty)
#   NAME.err   Racket's FIRST line of stderr (only when stderr is non-empty)
#   NAME.exit  the exit code (only when non-zero)
# Racket runs with the corpus directory as its working directory and the path `AREA/NAME.rkt`,
# so that locations in messages read `AREA/NAME.rkt:L:C` (the runner passes the same source name).
#
# --check-print runs each program a second time with `(current-print void)` after its #lang line
# and warns when stdout changes: the program leaves a non-void value as a bare top-level
# expression, which a Racket module prints (see README.md: only mixed/toplevel-values.rkt should).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="$root/test/corpus"

if ! command -v racket >/dev/null 2>&1; then
  echo "record-corpus: racket is not on PATH (install Racket 8.7 to record expected outputs)" >&2
  exit 2
fi

record_one() {
  local corpus="$1" rel="$2"
  local base="${rel%.rkt}"
  local tmp_err
  tmp_err="$(mktemp)"
  local code=0
  (cd "$corpus" && timeout 60 racket "$rel" >"$base.out" 2>"$tmp_err") || code=$?
  if [ -s "$tmp_err" ]; then head -n 1 "$tmp_err" >"$corpus/$base.err"; else rm -f "$corpus/$base.err"; fi
  if [ "$code" -ne 0 ]; then echo "$code" >"$corpus/$base.exit"; else rm -f "$corpus/$base.exit"; fi
  rm -f "$tmp_err"
  echo "recorded $rel (exit $code)"
  if [ "${CHECK_PRINT:-0}" = 1 ]; then
    local variant
    variant="$(mktemp --suffix=.rkt)"
    { head -n 1 "$corpus/$rel"; echo "(current-print void)"; tail -n +2 "$corpus/$rel"; } >"$variant"
    if ! timeout 60 racket "$variant" 2>/dev/null | cmp -s - "$corpus/$base.out"; then
      echo "warning: $rel prints the value of a top-level expression"
    fi
    rm -f "$variant"
  fi
}
export -f record_one

export CHECK_PRINT=0
if [ "${1:-}" = "--check-print" ]; then
  CHECK_PRINT=1
  shift
fi

if [ "$#" -gt 0 ]; then
  files=()
  for f in "$@"; do
    abs="$(cd "$(dirname "$f")" && pwd)/$(basename "$f")"
    files+=("${abs#"$corpus"/}")
  done
else
  mapfile -t files < <(cd "$corpus" && find . -name '*.rkt' | sed 's|^\./||' | sort)
fi

# Two at a time: Racket's start-up (~0.3 s) dominates, and the machine has two cores.
printf '%s\n' "${files[@]}" | xargs -P 2 -I{} bash -c 'record_one "$0" "$1"' "$corpus" {}
