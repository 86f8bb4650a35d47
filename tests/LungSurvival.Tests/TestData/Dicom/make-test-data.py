"""Writes the small DICOM files the reader tests use, with pydicom (an independent writer), then re-encodes
them with dcmtk in every transfer syntax the reader supports. Run: /usr/bin/python3 make-test-data.py
(needs scripts/imaging-tools.sh). The expected values are formulas repeated, hand-checked, in the tests."""
import subprocess
import numpy as np
import pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.sequence import Sequence
from pydicom.uid import ExplicitVRLittleEndian


def base(sop_uid):
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = "1.2.840.10008.5.1.4.1.1.7"  # Secondary Capture
    meta.MediaStorageSOPInstanceUID = sop_uid
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    meta.ImplementationClassUID = "1.2.3.4.5"
    ds = Dataset()
    ds.file_meta = meta
    ds.is_little_endian = True
    ds.is_implicit_VR = False
    ds.SOPClassUID = meta.MediaStorageSOPClassUID
    ds.SOPInstanceUID = sop_uid
    return ds


def multiframe():
    ds = base("1.2.3.4.5.6.7")  # 13 characters: an odd UI length, padded with NUL
    ds.PatientName = "Doe^Jane^Q^Dr^PhD"
    ds.PatientID = "LS-0001"
    ds.StudyDate = "20190214"
    ds.StudyTime = "093015.250"
    ds.Modality = "OT"
    ds.ImageType = ["DERIVED", "SECONDARY", "TEST"]
    ds.PixelSpacing = [0.75, "1.5e0"]
    ds.SliceThickness = "2.5"
    ds.ImagePositionPatient = [-10.5, 20.25, -30.0]
    ds.ImageOrientationPatient = [1, 0, 0, 0, 1, 0]
    ds.SeriesNumber = 7
    ds.add_new(0x00280106, "SS", -5)  # Smallest Image Pixel Value
    ds.add_new(0x00091001, "LO", "private value")
    ds.add_new(0x00090010, "LO", "LUNGSURV TEST")
    ds.add_new(0x00189219, "FD", [1.5, -2.25])          # Tag Angle Second Axis (FD, VM 1-n here)
    ds.add_new(0x00209157, "UL", [1, 70000])           # Dimension Index Values
    ds.add_new(0x00181150, "IS", "250")
    # Three levels of nested sequences.
    inner = Dataset()
    inner.CodeValue = "113076"
    inner.CodingSchemeDesignator = "DCM"
    inner.CodeMeaning = "Segmentation"
    middle = Dataset()
    middle.DerivationCodeSequence = Sequence([inner])
    middle.ReferencedSOPInstanceUID = "1.2.3.9"
    outer = Dataset()
    outer.DerivationImageSequence = Sequence([middle, Dataset()])
    ds.PerFrameFunctionalGroupsSequence = Sequence([outer])
    # Two frames, 5 rows x 7 columns, 12 bits stored in 16, signed, with junk in the 4 unused high bits.
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.NumberOfFrames = 2
    ds.Rows = 5
    ds.Columns = 7
    ds.BitsAllocated = 16
    ds.BitsStored = 12
    ds.HighBit = 11
    ds.PixelRepresentation = 1
    ds.RescaleSlope = 2
    ds.RescaleIntercept = -1000
    values = np.array([[[((x * 37 + y * 101 + f * 7) % 4096) - 2048 for x in range(7)] for y in range(5)] for f in range(2)])
    raw = (values & 0x0FFF) | 0xA000
    ds.PixelData = raw.astype("<u2").tobytes()
    ds["PixelData"].VR = "OW"
    return ds


def eight_bit():
    ds = base("1.2.3.4.5.6.8")
    ds.PatientID = "LS-0002"
    ds.Modality = "OT"
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.Rows = 4
    ds.Columns = 6
    ds.BitsAllocated = 8
    ds.BitsStored = 8
    ds.HighBit = 7
    ds.PixelRepresentation = 0
    ds.PixelData = bytes([(x * 10 + y * 60) % 256 for y in range(4) for x in range(6)])
    ds["PixelData"].VR = "OB"
    return ds


for name, ds in [("multiframe", multiframe()), ("eightbit", eight_bit())]:
    path = f"{name}-explicit-le.dcm"
    ds.save_as(path, write_like_original=False)
    for flag, suffix in [("+ti", "implicit-le"), ("+tb", "explicit-be"), ("+td", "deflated")]:
        subprocess.run(["dcmconv", flag, path, f"{name}-{suffix}.dcm"], check=True)
    subprocess.run(["dcmconv", "-e", path, f"{name}-undefined-lengths.dcm"], check=True)
    subprocess.run(["dcmcrle", path, f"{name}-rle.dcm"], check=True)
