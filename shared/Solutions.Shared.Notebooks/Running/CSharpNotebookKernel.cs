using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.DotNet.Interactive.PackageManagement;
using Solutions.Shared.Notebooks.Documents;

namespace Solutions.Shared.Notebooks.Running;

/// <summary>A fresh in-process C# kernel set up as Polyglot Notebooks sets it up: <c>#r</c>, <c>#r "nuget:"</c>, <c>display()</c>.</summary>
internal sealed class CSharpNotebookKernel : IDisposable
{
    private readonly CompositeKernel _kernel;

    public CSharpNotebookKernel()
    {
        var csharp = new CSharpKernel()
            .UseNugetDirective(
                (kernel, packages) =>
                {
                    // What the dotnet-interactive tool does: a restored package's assemblies become references.
                    kernel.AddAssemblyReferences(packages.SelectMany(package => package.AssemblyPaths));
                    return Task.CompletedTask;
                },
                forceRestore: false)
            .UseKernelHelpers();
        _kernel = new CompositeKernel { csharp };
        _kernel.DefaultKernelName = csharp.Name;
    }

    /// <summary>Runs one cell; returns its outputs, or the error text and exception when it fails.</summary>
    public async Task<CellSubmission> SubmitAsync(string code, CancellationToken ct)
    {
        var result = await _kernel.SendAsync(new SubmitCode(code, NotebookCell.CSharp), ct).ConfigureAwait(false);
        var outputs = new List<CellOutput>();
        foreach (var kernelEvent in result.Events)
        {
            switch (kernelEvent)
            {
                case CommandFailed failed:
                    return CellSubmission.Failure(outputs, DescribeFailure(failed), failed.Exception);
                case DisplayEvent display when ToOutput(display) is { } output:
                    outputs.Add(output);
                    break;
            }
        }
        return CellSubmission.Success(outputs);
    }

    public void Dispose() => _kernel.Dispose();

    private static string DescribeFailure(CommandFailed failed) =>
        failed.Exception is null or CodeSubmissionCompilationErrorException
            ? failed.Message // compile errors: the diagnostics, one per line with (line,column)
            : $"{failed.Exception.GetType().FullName}: {failed.Exception.Message}";

    private static CellOutput? ToOutput(DisplayEvent display)
    {
        CellOutputKind? kind = display switch
        {
            StandardOutputValueProduced => CellOutputKind.StandardOutput,
            StandardErrorValueProduced => CellOutputKind.StandardError,
            ReturnValueProduced => CellOutputKind.ReturnValue,
            DisplayedValueProduced => CellOutputKind.Display,
            _ => null,
        };
        if (kind is null)
        {
            return null;
        }
        // Objects are formatted as HTML by default; tests and logs want the plain-text rendering.
        var plainText = display.FormattedValues.FirstOrDefault(value => value.MimeType == PlainTextFormatter.MimeType)?.Value
                        ?? display.Value?.ToDisplayString(PlainTextFormatter.MimeType)
                        ?? "";
        var value = kind is CellOutputKind.StandardOutput or CellOutputKind.StandardError ? null : display.Value;
        return new CellOutput(kind.Value, plainText, value);
    }
}
