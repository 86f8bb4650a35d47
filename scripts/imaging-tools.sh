#!/usr/bin/env bash
# Installs the independent imaging tools the LungSurvival tests and benchmark check against: dcmtk (dcmdump,
# dcmconv, dcmcrle, dcm2pnm), pydicom, nibabel and numpy from Debian's packages. Idempotent: when every tool is
# already importable or on PATH nothing is installed and apt is not touched. Needs root for apt-get.
set -euo pipefail

log() { echo "imaging-tools.sh: $*" >&2; }

# Debian's python3-* packages install for the system interpreter, which a pyenv or venv python3 on PATH does
# not see: check (and let the tests use) /usr/bin/python3 when it exists.
python=/usr/bin/python3
[ -x "$python" ] || python=python3

missing=()
command -v dcmdump >/dev/null 2>&1 || missing+=(dcmtk)
"$python" -c 'import pydicom' >/dev/null 2>&1 || missing+=(python3-pydicom)
"$python" -c 'import nibabel' >/dev/null 2>&1 || missing+=(python3-nibabel)
"$python" -c 'import numpy' >/dev/null 2>&1 || missing+=(python3-numpy)

if [ ${#missing[@]} -eq 0 ]; then
  log "dcmtk, pydicom, nibabel and numpy are installed"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  log "must run as root to install: ${missing[*]}"
  exit 1
fi
log "installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# Another process (a parallel install) may hold the dpkg lock: wait for it rather than fail.
apt-get -o DPkg::Lock::Timeout=600 update -qq >&2
apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >&2
log "installed ${missing[*]}"
