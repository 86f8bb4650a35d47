"""Independent DICOM check for the LungSurvival tests, with pydicom.

  pydicom_check.py FILE    prints JSON: modality, rows, columns, frames, and for CT the rescaled pixel sum/min/max,
                           for SEG the number of set bits over all frames

Exit code 3 with a line starting MISSING when pydicom or numpy cannot be imported.
"""
import json
import sys

try:
    import numpy as np
    import pydicom
except ImportError as error:
    print("MISSING " + str(error))
    sys.exit(3)

dataset = pydicom.dcmread(sys.argv[1])
pixels = dataset.pixel_array.astype(np.float64)
report = {
    "modality": str(dataset.Modality),
    "rows": int(dataset.Rows),
    "columns": int(dataset.Columns),
    "frames": int(getattr(dataset, "NumberOfFrames", 1)),
}
if dataset.Modality == "CT":
    hu = pixels * float(dataset.RescaleSlope) + float(dataset.RescaleIntercept)
    report.update(sum=float(hu.sum()), min=float(hu.min()), max=float(hu.max()),
                  position=[float(v) for v in dataset.ImagePositionPatient])
else:
    report.update(setBits=int((pixels != 0).sum()))
print(json.dumps(report))
