using System.Diagnostics;
using Solutions.LungSurvival.Imaging.Volumes;

namespace Solutions.LungSurvival.Benchmarks;

/// <summary>
/// Times reading and assembling a DICOM series into a volume in Hounsfield units (file reading, parsing, slice
/// sorting, rescaling) the way the solution does it, after one warm-up run.
/// </summary>
public static class SeriesReadBenchmark
{
    /// <param name="runs">Timed runs after the warm-up.</param>
    public static SeriesReadTiming Measure(string folder, int runs)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        var bytes = Directory.GetFiles(folder).Sum(f => new FileInfo(f).Length);
        var volume = Read(folder);
        var seconds = new double[runs];
        for (var run = 0; run < runs; run++)
        {
            var watch = Stopwatch.StartNew();
            volume = Read(folder);
            seconds[run] = watch.Elapsed.TotalSeconds;
        }
        Array.Sort(seconds);
        return new SeriesReadTiming(folder, volume.Volume.SizeZ, volume.Volume.SizeX, volume.Volume.SizeY, bytes, seconds[0], seconds[runs / 2], runs);
    }

    private static SeriesVolume Read(string folder)
    {
        var series = DicomSeriesReader.ReadDirectory(folder);
        if (series.Count != 1)
        {
            throw new InvalidDataException($"{folder}: expected one series to time, found {series.Count}.");
        }
        return SeriesAssembler.Assemble(series[0]);
    }
}
