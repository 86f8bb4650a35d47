using Solutions.LungSurvival.Imaging.Dicom;
using Solutions.Shared.Modeling.Cli;

namespace Solutions.LungSurvival.Commands;

/// <summary><c>inspect FILE</c> (or <c>inspect --file FILE</c>): a readable dump of a DICOM file's elements.</summary>
public sealed class InspectCommand : ISolutionCommand
{
    public const string CommandName = "inspect";

    public string Name => CommandName;

    public string Summary => "print a DICOM file's elements (tag, VR, length, name, value), like dcmdump";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        new("file", "FILE", "the DICOM file", Required: true),
    ];

    public Task<int> ExecuteAsync(CommandArguments arguments, CancellationToken cancellationToken)
    {
        var path = arguments.GetPath("file", () => arguments.Required("file"));
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"--file: the file '{path}' does not exist.", path);
        }
        return Task.FromResult(ImagingInputFailure.Run(() =>
        {
            Console.Write(DicomDump.Format(DicomFile.Read(path)));
            return 0;
        }));
    }
}
