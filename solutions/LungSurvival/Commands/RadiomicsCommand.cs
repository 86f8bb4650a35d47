using System.Globalization;
using System.Runtime.ExceptionServices;
using Solutions.LungSurvival.Extraction;
using Solutions.LungSurvival.Radiomics;
using Solutions.LungSurvival.Radiomics.Discretisation;
using Solutions.LungSurvival.Radiomics.Resampling;
using Solutions.LungSurvival.Radiomics.Resegmentation;
using Solutions.Shared.Data.IO;
using Solutions.Shared.Modeling.Cli;

namespace Solutions.LungSurvival.Commands;

/// <summary>
/// <c>radiomics --image X --mask Y [--out FILE] [--bin-width W | --bin-count N] [--resample X,Y,Z [--interpolator I]] [--resegment MIN,MAX]</c>:
/// one patient's features as a CSV of a header and one row, printed or written. The image is a DICOM folder or NIfTI file; the mask a DICOM SEG or
/// RTSTRUCT (file or folder) or a NIfTI label file.
/// </summary>
public sealed class RadiomicsCommand : ISolutionCommand
{
    /// <summary>The binning options <c>radiomics</c> and <c>extract</c> share.</summary>
    internal static readonly CommandOption[] BinningOptions =
    [
        new("bin-width", "W", "grey levels are bins W intensity units wide (default: 25, pyradiomics' default)"),
        new("bin-count", "N", "instead of --bin-width: N bins spanning each tumour's intensity range"),
    ];

    /// <summary>The resampling options <c>radiomics</c>, <c>extract</c> and <c>run</c> share.</summary>
    internal static readonly CommandOption[] ResamplingOptions =
    [
        new("resample", "X,Y,Z", "resample image and mask to this voxel spacing in mm first; 0 keeps that axis (default: no resampling)"),
        new("interpolator", "bspline|linear", "how --resample interpolates the image (default: bspline, pyradiomics' default; the mask is always nearest neighbour)"),
        new("resegment", "MIN,MAX", "leave mask voxels outside [MIN, MAX] out of the intensity and texture features, e.g. -500,400 for IBSI's CT setting (shape keeps the whole mask)"),
    ];

    public string Name => "radiomics";

    public string Summary => "compute one patient's radiomic features (first order, GLCM, GLRLM) as a one-row CSV";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        new("image", "DIR|FILE", "the CT: a folder of DICOM slices or a NIfTI file", Required: true),
        new("mask", "DIR|FILE", "the tumour: a DICOM SEG or RTSTRUCT (file or folder), or a NIfTI label file (label 1)", Required: true),
        new("out", "FILE", "the CSV to write (default: print it)"),
        .. BinningOptions,
        .. ResamplingOptions,
    ];

    public Task<int> ExecuteAsync(CommandArguments arguments, CancellationToken cancellationToken)
    {
        var image = arguments.GetPath("image", () => arguments.Required("image"));
        var mask = arguments.GetPath("mask", () => arguments.Required("mask"));
        var settings = Settings(Name, arguments);
        return Task.FromResult(ImagingInputFailure.Run(() =>
        {
            PatientScan scan;
            try
            {
                scan = PatientScanReader.Read(image, mask);
            }
            catch (AggregateException e)
            {
                // The DICOM folder is read in parallel; report the first bad file as the readers worded it.
                ExceptionDispatchInfo.Throw(e.Flatten().InnerExceptions[0]);
                throw;
            }
            RadiomicsFeatures features;
            try
            {
                features = new RadiomicsExtractor(settings).Extract(scan.Image, scan.Mask);
            }
            catch (ArgumentException e)
            {
                throw new InvalidDataException($"{image}: {e.Message}", e);
            }
            var named = features.ToNamedValues();
            var csv = string.Join(",", named.Keys) + "\n"
                + string.Join(",", named.Values.Select(v => v.ToString("R", CultureInfo.InvariantCulture))) + "\n";
            foreach (var warning in scan.Warnings) Console.Error.WriteLine($"warning: {warning}");
            if (arguments.Get("out") is null)
            {
                Console.Write(csv);
            }
            else
            {
                AtomicFile.WriteAllText(arguments.GetPath("out", () => ""), csv);
            }
            return 0;
        }));
    }

    /// <summary>The extractor settings from <c>--bin-width</c> or <c>--bin-count</c> (not both), <c>--resample</c>, <c>--interpolator</c> and <c>--resegment</c>.</summary>
    internal static RadiomicsSettings Settings(string command, CommandArguments arguments) =>
        Resampling(command, arguments, Binning(command, arguments));

    /// <summary><paramref name="settings"/> with the range of <c>--resegment MIN,MAX</c>, if given.</summary>
    private static RadiomicsSettings Resegmentation(string command, CommandArguments arguments, RadiomicsSettings settings)
    {
        if (arguments.Get("resegment") is not { } text) return settings;
        var parts = text.Split(',');
        var values = new double[2];
        var valid = parts.Length == 2 && Enumerable.Range(0, 2).All(i =>
            double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) && double.IsFinite(values[i]));
        if (!valid || values[0] > values[1])
            throw new CommandLineException($"'{command}': --resegment must be two intensities as MIN,MAX with MIN <= MAX (e.g. -500,400), not '{text}'.");
        return settings with { ResegmentRange = new IntensityRange(values[0], values[1]) };
    }

    /// <summary><paramref name="settings"/> with the spacing of <c>--resample X,Y,Z</c> and the <c>--interpolator</c>, if given.</summary>
    internal static RadiomicsSettings Resampling(string command, CommandArguments arguments, RadiomicsSettings settings)
    {
        settings = Resegmentation(command, arguments, settings);
        var (spacing, interpolator) = (arguments.Get("resample"), arguments.Get("interpolator"));
        if (spacing is null)
        {
            return interpolator is null
                ? settings
                : throw new CommandLineException($"'{command}': --interpolator applies only with --resample.");
        }
        var parts = spacing.Split(',');
        var values = new double[parts.Length];
        var valid = parts.Length == 3 && Enumerable.Range(0, 3).All(a =>
            double.TryParse(parts[a], NumberStyles.Float, CultureInfo.InvariantCulture, out values[a]) && values[a] >= 0 && double.IsFinite(values[a]));
        if (!valid)
            throw new CommandLineException($"'{command}': --resample must be three spacings in mm as X,Y,Z, each 0 (keep) or positive, not '{spacing}'.");
        var chosen = interpolator?.ToLowerInvariant() switch
        {
            null or "bspline" => ImageInterpolator.BSpline,
            "linear" => ImageInterpolator.Linear,
            _ => throw new CommandLineException($"'{command}': --interpolator must be bspline or linear, not '{interpolator}'."),
        };
        return settings with { ResampledSpacing = new VoxelSpacing(values[0], values[1], values[2]), Interpolator = chosen };
    }

    private static RadiomicsSettings Binning(string command, CommandArguments arguments)
    {
        var (width, count) = (arguments.Get("bin-width"), arguments.Get("bin-count"));
        if (width is not null && count is not null)
            throw new CommandLineException($"'{command}': give --bin-width or --bin-count, not both.");
        if (count is not null)
        {
            var bins = arguments.GetInt("bin-count", 0);
            return bins is >= 1 and <= 100_000
                ? new RadiomicsSettings { Discretisation = GreyLevelDiscretisation.FixedBinCount(bins) }
                : throw new CommandLineException($"'{command}': --bin-count must be 1 to 100000, not {bins}.");
        }
        if (width is null) return new RadiomicsSettings();
        return double.TryParse(width, NumberStyles.Float, CultureInfo.InvariantCulture, out var w) && w > 0 && double.IsFinite(w)
            ? new RadiomicsSettings { Discretisation = GreyLevelDiscretisation.FixedBinWidth(w) }
            : throw new CommandLineException($"'{command}': --bin-width must be a positive number, not '{width}'.");
    }
}
