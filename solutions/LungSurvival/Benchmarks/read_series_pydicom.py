"""The pydicom side of the LungSurvival series-reading benchmark.

  read_series_pydicom.py FOLDER [RUNS]

Reads every file of FOLDER with pydicom, sorts the slices along the normal of Image Orientation (Patient) by Image
Position (Patient), and stacks the rescaled pixel arrays into one float32 volume: the same work as the C# reader's
DicomSeriesReader.ReadDirectory + SeriesAssembler.Assemble. One warm-up run, then RUNS timed runs (default 5);
prints the best and median MB/s of file bytes, single-threaded as pydicom is.
"""
import os
import sys
import time

import numpy as np
import pydicom


def read(folder):
    datasets = [pydicom.dcmread(os.path.join(folder, name)) for name in sorted(os.listdir(folder))]
    orientation = np.array(datasets[0].ImageOrientationPatient, dtype=float)
    normal = np.cross(orientation[:3], orientation[3:])
    datasets.sort(key=lambda d: float(np.dot(normal, np.array(d.ImagePositionPatient, dtype=float))))
    volume = np.empty((len(datasets), datasets[0].Rows, datasets[0].Columns), dtype=np.float32)
    for index, dataset in enumerate(datasets):
        volume[index] = dataset.pixel_array * float(dataset.RescaleSlope) + float(dataset.RescaleIntercept)
    return volume


folder = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
size = sum(os.path.getsize(os.path.join(folder, name)) for name in os.listdir(folder))
volume = read(folder)
times = []
for _ in range(runs):
    start = time.perf_counter()
    read(folder)
    times.append(time.perf_counter() - start)
times.sort()
print(f"pydicom {pydicom.__version__}: {volume.shape[0]} slices of {volume.shape[2]} x {volume.shape[1]}, "
      f"{size / 1e6:.1f} MB, best {times[0]:.3f} s ({size / 1e6 / times[0]:.0f} MB/s), "
      f"median {times[len(times) // 2]:.3f} s ({size / 1e6 / times[len(times) // 2]:.0f} MB/s), {runs} runs")
