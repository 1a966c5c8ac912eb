#!/usr/bin/env bash
# Installs irkg into a temporary prefix, moves the prefix elsewhere, and runs the installed program
# with nothing but what was installed: it must find its data beside itself, code the samples as
# the build tree does, answer a query, and fail plainly once its data is gone (it must not fall
# back on the build tree's data). Environment: BUILD (the build tree), SAMPLES, GOLDEN.
set -euo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unset IRKG_DATA_DIR
fail() {
  echo "install test: $*" >&2
  exit 1
}

cmake --install "$BUILD" --prefix "$tmp/prefix" >/dev/null
mv "$tmp/prefix" "$tmp/moved"
irkg="$tmp/moved/bin/irkg"
cd "$tmp"

[ "$("$irkg" --version | sed -n 2p)" = "data: $tmp/moved/share/irkg (beside the executable)" ] ||
  fail "data not found beside the program: $("$irkg" --version)"
for f in share/irkg/states.actors share/irkg/relations.patterns share/irkg/syntax/en.model \
  share/irkg/README.md share/man/man1/irkg.1 share/bash-completion/completions/irkg \
  share/doc/irkg/LICENSE; do
  [ -s "$tmp/moved/$f" ] || fail "$f not installed"
done

# Extraction and a query with the installed data.
"$irkg" extract "$SAMPLES" >extract.jsonl
cmp -s extract.jsonl "$GOLDEN/samples.extract.jsonl" ||
  fail "installed extract differs from $GOLDEN/samples.extract.jsonl"
"$irkg" ingest "$SAMPLES" --db t.db >/dev/null
"$irkg" path Russia Turkey --db t.db --level state >path.txt
grep -q '^2 hops from Russia \[RUS\] to Turkey \[TUR\]:$' path.txt || fail "path: $(cat path.txt)"

# The manual page and completion are what the program prints; the completion completes.
cmp -s "$tmp/moved/share/man/man1/irkg.1" <("$irkg" man) || fail "installed man page is stale"
# shellcheck disable=SC1091
source "$tmp/moved/share/bash-completion/completions/irkg"
complete_words() {
  COMP_WORDS=("$@")
  COMP_CWORD=$(($# - 1))
  COMPREPLY=()
  _irkg
  echo "${COMPREPLY[*]}"
}
[ "$(complete_words irkg exp)" = "export" ] || fail "completion of 'irkg exp'"
[ "$(complete_words irkg export --format '')" = "graphml jsonld gexf" ] || fail "completion of --format"
[ "$(complete_words irkg neighbors --dep)" = "--depth" ] || fail "completion of --dep"
[ "$(complete_words irkg actors s)" = "show search" ] || fail "completion of 'actors s'"

# Without its data the program says so and stops; $IRKG_DATA_DIR points it elsewhere.
mv "$tmp/moved/share/irkg" "$tmp/data"
set +e
"$irkg" extract "$SAMPLES" >/dev/null 2>err.txt
code=$?
set -e
[ "$code" -eq 3 ] || fail "extract without data: exit $code, expected 3"
expected="irkg: error: $tmp/moved/share/irkg: data directory not found (set IRKG_DATA_DIR or --data-dir)"
[ "$(cat err.txt)" = "$expected" ] || fail "extract without data said: $(cat err.txt)"
IRKG_DATA_DIR="$tmp/data" "$irkg" extract "$SAMPLES" >extract2.jsonl
cmp -s extract2.jsonl extract.jsonl || fail "extract with IRKG_DATA_DIR differs"
echo "install test: ok"
