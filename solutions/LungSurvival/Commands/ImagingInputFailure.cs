using Solutions.LungSurvival.Imaging.Dicom;
using Solutions.Shared.Modeling.Cli;

namespace Solutions.LungSurvival.Commands;

/// <summary>
/// Turns the imaging readers' errors about bad input files (they name the file, offset and tag) into one line on
/// standard error and the command line's failure code, as the suite does for bad CSV.
/// </summary>
internal static class ImagingInputFailure
{
    public static int Run(Func<int> command)
    {
        try
        {
            return command();
        }
        catch (Exception e) when (e is DicomFormatException or DicomUnsupportedTransferSyntaxException or InvalidDataException or NotSupportedException)
        {
            Console.Error.WriteLine($"LungSurvival: {e.Message}");
            return SolutionCommandLine.Failure;
        }
    }
}
