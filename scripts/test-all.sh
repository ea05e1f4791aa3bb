#!/usr/bin/env bash
# Every test: types, lint, the instrument files, unit tests, then browser tests in Debian's Chromium.
# Installs Chromium, poppler-utils and qpdf with apt-get when they are missing (root, Debian): without the packages
# they only recommend (printer tools, avahi, samba, a Perl stack: about 90 of 120 packages, 25 s of a CI run), but with
# fonts-liberation, the one recommended font, so pages are laid out in the same fonts as on a full install.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} with apt-get"
  apt-get update -qq
  if [[ " ${missing[*]} " == *" chromium "* ]]; then missing+=(fonts-liberation); fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The static checks are single-threaded: run side by side on a 2-core machine they take the time of the longest
# (the type check, about 14 s) instead of their sum (about 24 s). Each one's output is shown once it has finished.
started=$SECONDS
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
check() {
  local name=$1; shift
  if "$@" >"$logs/$name" 2>&1; then echo ok >"$logs/$name.status"; else echo failed >"$logs/$name.status"; fi
}
check typecheck npm run --silent typecheck &
check lint npm run --silent lint &
check standards bash -c 'npm run --silent validate:standards && npm run --silent lint:standards' &
wait
failed=0
for name in typecheck lint standards; do
  case $name in
    typecheck) echo "== Type check" ;;
    lint) echo "== Lint (layers, hooks, TypeScript rules: eslint.config.js)" ;;
    standards) echo "== Standard files; instrument lint (language, levels, overlap)" ;;
  esac
  cat "$logs/$name"
  [ "$(cat "$logs/$name.status")" = ok ] || { echo "!! $name failed"; failed=1; }
done
[ $failed = 0 ] || exit 1
echo "(static checks: $((SECONDS - started)) s)"
echo "== Unit tests"
started=$SECONDS
npx vitest run
echo "(unit tests: $((SECONDS - started)) s)"
echo "== Browser tests"
started=$SECONDS
node scripts/run-e2e.mjs
echo "(browser tests: $((SECONDS - started)) s)"
