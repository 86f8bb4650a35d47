"""Independent NIfTI checks for the LungSurvival tests, with nibabel.

  nibabel_check.py read FILE         prints JSON: shape, dtype, affine, qform, sform, codes, units, voxels (x fastest)
  nibabel_check.py write FILE KIND   writes a test image with nibabel (KIND: oblique-int16 | left-handed-float32),
                                     then prints the same JSON for it

Exit code 3 with a line starting MISSING when nibabel or numpy cannot be imported.
"""
import json
import sys

try:
    import nibabel as nib
    import numpy as np
except ImportError as error:  # the test names the install script
    print("MISSING " + str(error))
    sys.exit(3)


def describe(path):
    image = nib.load(path)
    header = image.header
    data = image.get_fdata(dtype=np.float64)
    spatial, _ = header.get_xyzt_units()
    return {
        "shape": list(image.shape),
        "dtype": str(header.get_data_dtype()),
        "affine": image.affine.tolist(),
        "qform": image.get_qform().tolist(),
        "sform": image.get_sform().tolist(),
        "qformCode": int(header["qform_code"]),
        "sformCode": int(header["sform_code"]),
        "qfac": float(header["pixdim"][0]),
        "spatialUnits": spatial,
        "voxOffset": float(header["vox_offset"]),
        "voxels": data.ravel(order="F").tolist() if data.size <= 200000 else None,
        "sum": float(data.sum()),
        "min": float(data.min()),
        "max": float(data.max()),
        "nonZero": int((data != 0).sum()),
    }


def write(path, kind):
    if kind == "oblique-int16":
        # 30 degrees about z, spacing 0.8 x 0.9 x 2.5 mm, stored int16 with scl_slope 2 and scl_inter -1024.
        angle = np.deg2rad(30)
        rotation = np.array([[np.cos(angle), -np.sin(angle), 0], [np.sin(angle), np.cos(angle), 0], [0, 0, 1]])
        affine = np.eye(4)
        affine[:3, :3] = rotation @ np.diag([0.8, 0.9, 2.5])
        affine[:3, 3] = [12.5, -40.0, 7.25]
        raw = np.arange(5 * 4 * 3, dtype=np.int16).reshape((5, 4, 3), order="F") * 3 - 50
        image = nib.Nifti1Image(raw, affine)
        image.header.set_data_dtype(np.int16)
        image.header.set_slope_inter(2.0, -1024.0)
        image.header.set_qform(affine, code=1)
        image.header.set_sform(affine, code=2)
    elif kind == "left-handed-float32":
        affine = np.diag([-0.75, -0.75, -3.0, 1.0])
        affine[:3, 3] = [100.0, 120.0, -60.0]
        data = (np.arange(6 * 5 * 4, dtype=np.float32).reshape((6, 5, 4), order="F") / 4.0) - 10.0
        image = nib.Nifti1Image(data, affine)
        image.header.set_qform(affine, code=1)
        image.header.set_sform(None, code=0)
    else:
        raise SystemExit("unknown kind " + kind)
    nib.save(image, path)


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "write":
        write(sys.argv[2], sys.argv[3])
    print(json.dumps(describe(sys.argv[2])))
