#!/usr/bin/env bash
# Installs what the editor end-to-end test needs, offline apart from the npm registry and Debian apt:
# code-server (a real VS Code workbench served over HTTP) and Debian's Chromium; playwright-core, which drives
# the browser, is a dev dependency of the project.
#   EDITOR_E2E_DIR=/dir test/e2e/install-editor.sh     (default ~/.cache/nhilint-editor-e2e; SKIP_APT=1 leaves apt alone)
# Re-running is cheap: apt is skipped when the packages are there and npm finds everything up to date.
set -euo pipefail
DIR=${EDITOR_E2E_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/nhilint-editor-e2e}
# 4.100.3 is VS Code 1.100.3 and the newest code-server whose engines.node is 20 (4.103+ need Node 22).
CS_VERSION=4.100.3
APT_PKGS="chromium libkrb5-dev build-essential pkg-config"
t0=$(date +%s)

# dpkg-query exits non-zero for an unknown package; read its output, not its status (pipefail would hide it).
missing_apt() { for p in $APT_PKGS; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || echo "$p"; done; }
if [ "${SKIP_APT:-0}" != 1 ] && [ -n "$(missing_apt)" ]; then
  # apt-get update fails at once while another apt holds the lock: retry for a minute.
  for i in 1 2 3 4 5 6; do apt-get update -qq && break; [ $i = 6 ] && exit 1; echo "apt busy, retrying in 10s"; sleep 10; done
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=300 $(missing_apt)
fi

# code-server's pinned @vscode/ripgrep 1.15.11 downloads rg from GitHub in its postinstall; seed its download
# cache with the same binary from the npm registry's @vscode/ripgrep-linux-x64 so nothing leaves the registry.
RG_CACHE="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-1.15.11"
RG_ASSET="$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -s "$RG_ASSET" ]; then
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack -q @vscode/ripgrep-linux-x64@1.18.0 >/dev/null && tar xzf ./*.tgz)
  mkdir -p "$RG_CACHE"
  tar czf "$RG_ASSET" -C "$tmp/package/bin" rg
  rm -rf "$tmp"
fi

mkdir -p "$DIR/cs"
if ! "$DIR/cs/node_modules/.bin/code-server" --version >/dev/null 2>&1; then
  cd "$DIR/cs"
  [ -f package.json ] || npm init -y >/dev/null
  # The postinstall refuses to run as root without unsafe_perm; node-pty's postinstall calls npx, which must not ask.
  npm_config_unsafe_perm=true npm_config_yes=true npm install --no-audit --no-fund --loglevel=error "code-server@$CS_VERSION"
fi
echo "editor e2e ready in $DIR ($(( $(date +%s) - t0 )) s): code-server $("$DIR/cs/node_modules/.bin/code-server" --version 2>/dev/null | grep -Eo '^[0-9]+\.[0-9]+\.[0-9]+' | head -1)"
