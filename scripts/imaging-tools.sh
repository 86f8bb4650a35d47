#!/usr/bin/env bash
# Installs the independent DICOM and NIfTI implementations the LungSurvival imaging tests and benchmark compare
# against: dcmtk (dcmdump, dcmconv, dcmcrle, dcm2pnm) and Debian's python3 with pydicom, numpy and nibabel.
# Debian's python3-* packages belong to /usr/bin/python3, which a pyenv or venv python3 on PATH does not see, so
# that interpreter is the one checked (and the one the tests run).
# Idempotent: does nothing when all are present. Needs root for apt-get. Another apt process (a parallel install)
# holding the dpkg lock is waited for rather than failed on.
set -euo pipefail

python=/usr/bin/python3
[ -x "$python" ] || python=python3

have_all() {
  command -v dcmdump >/dev/null && command -v dcmconv >/dev/null && command -v dcmcrle >/dev/null \
    && "$python" -c "import pydicom, numpy, nibabel" 2>/dev/null
}

if have_all; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "imaging-tools.sh: must run as root to apt-get install dcmtk python3-pydicom python3-numpy python3-nibabel" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt=(apt-get -o DPkg::Lock::Timeout=600)
packages=(dcmtk python3-pydicom python3-numpy python3-nibabel)
if ! "${apt[@]}" install -y --no-install-recommends "${packages[@]}" >&2; then
  "${apt[@]}" update >&2
  "${apt[@]}" install -y --no-install-recommends "${packages[@]}" >&2
fi
have_all || { echo "imaging-tools.sh: the tools are still missing after apt-get install" >&2; exit 1; }
