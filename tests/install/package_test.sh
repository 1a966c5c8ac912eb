#!/usr/bin/env bash
# Builds the Debian package with CPack into a temporary directory and checks what it holds: the
# program, its data, manual page, completion and licence, and the library packages it depends on.
# Environment: BUILD (the build tree). Skipped (77) where dpkg-shlibdeps (dpkg-dev) is missing.
set -euo pipefail
command -v dpkg-shlibdeps >/dev/null || exit 77
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() {
  echo "package test: $*" >&2
  exit 1
}
(cd "$BUILD" && cpack -G DEB -B "$tmp" >"$tmp/cpack.log") || fail "cpack: $(cat "$tmp/cpack.log")"
deb=$(ls "$tmp"/irkg_*_*.deb)
dpkg-deb -f "$deb" Package Version Depends >"$tmp/control"
grep -qx 'Package: irkg' "$tmp/control" || fail "package name: $(cat "$tmp/control")"
for dep in libicu libsqlite3-0 zlib1g libstdc++6; do
  grep -q "^Depends:.*$dep" "$tmp/control" || fail "no dependency on $dep: $(cat "$tmp/control")"
done
dpkg-deb -c "$deb" | awk '{print $6}' >"$tmp/files"
for f in ./usr/bin/irkg ./usr/share/irkg/states.actors ./usr/share/irkg/relations.patterns \
  ./usr/share/irkg/syntax/en.model ./usr/share/irkg/README.md ./usr/share/man/man1/irkg.1 \
  ./usr/share/bash-completion/completions/irkg ./usr/share/doc/irkg/LICENSE; do
  grep -qx "$f" "$tmp/files" || fail "$f not in the package"
done
echo "package test: ok ($(basename "$deb"))"
