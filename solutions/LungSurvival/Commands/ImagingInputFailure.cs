using Solutions.LungSurvival.Imaging.Dicom;

namespace Solutions.LungSurvival.Commands;

/// <summary>
/// Presents the imaging readers' errors about bad input files (they name the file, offset and tag) as I/O errors,
/// which the suite's command line reports as one line and exit code 1, as it does for bad CSV.
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
            throw new IOException(e.Message, e);
        }
    }
}
