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

echo "== Type check"
npm run --silent typecheck
echo "== Lint (layers, hooks, TypeScript rules: eslint.config.js)"
npm run --silent lint
echo "== Standard files"
npm run --silent validate:standards
echo "== Instrument lint (language, levels, overlap)"
npm run --silent lint:standards
echo "== Unit tests"
npx vitest run
echo "== Browser tests"
node scripts/run-e2e.mjs
