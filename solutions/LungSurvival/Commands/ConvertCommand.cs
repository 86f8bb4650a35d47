using Solutions.LungSurvival.Cohort;
using Solutions.LungSurvival.Imaging.Dicom;
using Solutions.LungSurvival.Imaging.Nifti;
using Solutions.LungSurvival.Imaging.Segmentation;
using Solutions.LungSurvival.Imaging.Volumes;
using Solutions.Shared.Modeling.Cli;

namespace Solutions.LungSurvival.Commands;

/// <summary>
/// <c>convert --series DIR --out FILE.nii.gz [--ct DIR]</c>: a CT series to a NIfTI volume in Hounsfield units, or a
/// DICOM SEG to a 0/1 NIfTI mask on its CT's grid (the CT is <c>--ct</c>, or the <c>CT/</c> folder beside the SEG's,
/// as a generated cohort lays them out).
/// </summary>
public sealed class ConvertCommand : ISolutionCommand
{
    public string Name => "convert";

    public string Summary => "convert a DICOM CT series or SEG to NIfTI (.nii or .nii.gz)";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        new("series", "DIR", "folder holding one CT series or one SEG", Required: true),
        new("out", "FILE", "the NIfTI file to write (.nii or .nii.gz)", Required: true),
        new("ct", "DIR", "for a SEG: the CT series it was drawn on (default: the CT folder beside it)"),
    ];

    public Task<int> ExecuteAsync(CommandArguments arguments, CancellationToken cancellationToken)
    {
        var folder = arguments.GetPath("series", () => arguments.Required("series"));
        var output = arguments.GetPath("out", () => arguments.Required("out"));
        if (!output.EndsWith(".nii", StringComparison.OrdinalIgnoreCase) && !output.EndsWith(".nii.gz", StringComparison.OrdinalIgnoreCase))
        {
            throw new CommandLineException($"'{Name}': --out must end in .nii or .nii.gz, not '{Path.GetFileName(output)}'.");
        }
        return Task.FromResult(ImagingInputFailure.Run(() =>
        {
            var series = DicomSeriesReader.ReadDirectory(folder);
            var segmentations = series.Where(s => s.Modality == "SEG").ToList();
            if (segmentations.Count > 0)
            {
                var ctFolder = arguments.Get("ct") is { } ct
                    ? Path.GetFullPath(ct)
                    : Path.Combine(Path.GetDirectoryName(folder.TrimEnd(Path.DirectorySeparatorChar)) ?? folder, CohortLayout.CtFolderName);
                var mask = ConvertSegmentation(Single(segmentations, folder, "SEG"), ctFolder, output);
                Console.WriteLine($"SEG -> {output}: {mask.Mask.SizeX} x {mask.Mask.SizeY} x {mask.Mask.SizeZ}, {mask.VoxelCount:N0} voxels in the mask");
                foreach (var warning in mask.Warnings)
                {
                    Console.Error.WriteLine($"warning: {warning}");
                }
                return 0;
            }
            var volume = ConvertCt(folder, output);
            Console.WriteLine($"CT -> {output}: {volume.Volume.SizeX} x {volume.Volume.SizeY} x {volume.Volume.SizeZ}, spacing {volume.Volume.Geometry.SpacingX:0.###} x {volume.Volume.Geometry.SpacingY:0.###} x {volume.Volume.Geometry.SpacingZ:0.###} mm");
            foreach (var warning in volume.Warnings)
            {
                Console.Error.WriteLine($"warning: {warning}");
            }
            return 0;
        }));
    }

    /// <summary>Assembles the folder's single CT series and writes it, as int16 when every value is a whole number that fits.</summary>
    public static SeriesVolume ConvertCt(string folder, string output)
    {
        var series = Single([.. DicomSeriesReader.ReadDirectory(folder).Where(s => s.Modality != "SEG")], folder, "image");
        var volume = SeriesAssembler.Assemble(series);
        var whole = volume.Volume.Voxels.All(v => v == MathF.Round(v) && v >= short.MinValue && v <= short.MaxValue);
        NiftiWriter.Write(output, volume.Volume, whole ? NiftiDataType.Int16 : NiftiDataType.Float32);
        return volume;
    }

    /// <summary>Aligns a SEG to the CT series in <paramref name="ctFolder"/> and writes the 0/1 mask.</summary>
    public static SegmentationMask ConvertSegmentation(DicomSeries segmentation, string ctFolder, string output)
    {
        if (!Directory.Exists(ctFolder))
        {
            throw new DirectoryNotFoundException($"The SEG needs its CT series: '{ctFolder}' does not exist (give it with --ct DIR).");
        }
        var ct = SeriesAssembler.Assemble(Single([.. DicomSeriesReader.ReadDirectory(ctFolder).Where(s => s.Modality != "SEG")], ctFolder, "image"));
        var mask = SegmentationReader.ToMask(segmentation.Files[0], ct, segmentNumber: 1);
        NiftiWriter.Write(output, mask.Mask, NiftiDataType.UInt8);
        return mask;
    }

    private static DicomSeries Single(IReadOnlyList<DicomSeries> series, string folder, string kind) => series.Count switch
    {
        1 => series[0],
        0 => throw new InvalidDataException($"{folder}: no DICOM {kind} series found."),
        _ => throw new InvalidDataException(
            $"{folder}: {series.Count} {kind} series ({string.Join(", ", series.Select(s => $"{s.Modality} {s.SeriesInstanceUid}"))}); point --series at a folder with one."),
    };
}
