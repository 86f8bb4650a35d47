namespace Solutions.LungSurvival.Tests.Imaging;

/// <summary>Where test inputs live: the repository's TestData folder and the shared IBSI CT phantom.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string DicomTestData => Path.Combine(RepositoryRoot, "tests", "LungSurvival.Tests", "TestData", "Dicom");

    /// <summary>
    /// The IBSI CT phantom (a real CT series with an RTSTRUCT) in the team's reference folder beside the
    /// repository (<c>../shared/reference</c>, as on developers' machines and in CI); IBSI_CT_PHANTOM overrides it.
    /// </summary>
    public static string Phantom
    {
        get
        {
            var path = Environment.GetEnvironmentVariable("IBSI_CT_PHANTOM")
                ?? Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "reference", "ibsi-ct-phantom"));
            Assert.True(Directory.Exists(Path.Combine(path, "dicom", "image")),
                $"the IBSI CT phantom is not at {path} (dicom/image, dicom/mask, nifti); set IBSI_CT_PHANTOM to its folder");
            return path;
        }
    }

    public static string PhantomImages => Path.Combine(Phantom, "dicom", "image");

    public static string PhantomRtStruct => Path.Combine(Phantom, "dicom", "mask", "DCM_RS_00060.dcm");

    public static string Data(string name) => Path.Combine(DicomTestData, name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Solutions.sln"))) return dir.FullName;
        throw new InvalidOperationException($"no Solutions.sln above {AppContext.BaseDirectory}");
    }
}
