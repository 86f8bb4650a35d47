#!/usr/bin/env bash
# Installs the independent DICOM and NIfTI implementations the LungSurvival imaging tests compare against:
# dcmtk (dcmdump, dcmconv, dcmcrle) and Debian's python3 with pydicom, numpy and nibabel (/usr/bin/python3).
# Idempotent: does nothing when all are present. Needs root for apt-get.
set -euo pipefail

have_all() {
  command -v dcmdump >/dev/null && command -v dcmconv >/dev/null && command -v dcmcrle >/dev/null \
    && /usr/bin/python3 -c "import pydicom, numpy, nibabel" 2>/dev/null
}

if have_all; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "imaging-tools.sh: must run as root to apt-get install dcmtk python3-pydicom python3-numpy python3-nibabel" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
packages=(dcmtk python3-pydicom python3-numpy python3-nibabel)
if ! apt-get install -y --no-install-recommends "${packages[@]}" >&2; then
  apt-get update >&2
  apt-get install -y --no-install-recommends "${packages[@]}" >&2
fi
have_all || { echo "imaging-tools.sh: the tools are still missing after apt-get install" >&2; exit 1; }
