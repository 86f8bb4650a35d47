using System.Diagnostics;

namespace Solutions.LungSurvival.Tests.Tools;

/// <summary>
/// Runs the independent tools the imaging tests compare against (Debian's python3 with nibabel/pydicom, dcmtk).
/// A missing tool fails the test with the command that installs it, never a silent skip.
/// </summary>
internal static class ImagingTools
{
    public const string InstallHint = "install the imaging tools with: sudo scripts/imaging-tools.sh";

    /// <summary>Debian's python3-* packages belong to /usr/bin/python3, which a pyenv python3 on PATH does not see.</summary>
    public static string Python => File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

    public static string ScriptPath(string name) => Path.Combine(AppContext.BaseDirectory, "Tools", name);

    /// <summary>Runs a program and returns its standard output; fails with its error output when it exits non-zero.</summary>
    public static string Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new Xunit.Sdk.XunitException($"'{program}' is not installed ({e.Message}); {InstallHint}");
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            if (process.ExitCode == 3 && output.Result.StartsWith("MISSING", StringComparison.Ordinal))
            {
                throw new Xunit.Sdk.XunitException($"{output.Result.Trim()}; {InstallHint}");
            }
            if (process.ExitCode != 0)
            {
                throw new Xunit.Sdk.XunitException($"{program} {string.Join(' ', arguments)} exited {process.ExitCode}: {error.Result}{output.Result}");
            }
            return output.Result;
        }
    }
}
