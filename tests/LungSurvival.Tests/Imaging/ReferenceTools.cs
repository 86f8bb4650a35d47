using System.Diagnostics;

namespace Solutions.LungSurvival.Tests.Imaging;

/// <summary>
/// Runs the independent implementations the imaging tests compare against (dcmtk, and Debian's python3 with
/// pydicom, numpy and nibabel). A missing tool fails the test with the script that installs it.
/// </summary>
internal static class ReferenceTools
{
    public const string Python = "/usr/bin/python3";
    private const string InstallHint = "run scripts/imaging-tools.sh (installs dcmtk, python3-pydicom, python3-numpy, python3-nibabel)";

    public static string Run(string tool, params string[] arguments)
    {
        var (exitCode, output, error) = TryRun(tool, arguments);
        Assert.True(exitCode == 0, $"{tool} {string.Join(' ', arguments)} exited with {exitCode}:\n{error}\n{output}");
        return output;
    }

    public static (int ExitCode, string Output, string Error) TryRun(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {tool}");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Fail($"{tool} is not installed: {InstallHint}");
            throw;
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, output.Result, error.Result);
        }
    }

    /// <summary>Runs a Python script with Debian's python3; a missing module fails with the install hint.</summary>
    public static string RunPython(string script, params string[] arguments)
    {
        var path = Path.Combine(Path.GetTempPath(), $"lungsurvival-{Guid.NewGuid():N}.py");
        File.WriteAllText(path, script);
        try
        {
            var (exitCode, output, error) = TryRun(Python, [path, .. arguments]);
            if (error.Contains("ModuleNotFoundError")) Assert.Fail($"{error.Trim()}: {InstallHint}");
            Assert.True(exitCode == 0, $"python3 script failed ({exitCode}):\n{error}");
            return output;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
