using Solutions.LungSurvival.Extraction;
using Solutions.LungSurvival.Imaging.Dicom;
using Solutions.LungSurvival.Radiomics;
using Solutions.Shared.Serving;

namespace Solutions.LungSurvival.Serving;

/// <summary>
/// The radiomics model behind the serving contract: a zip of one patient's CT slices and tumour SEG (or RTSTRUCT), with an
/// optional clinical.csv, answered with the patient's <see cref="PatientFeatureRow"/> as JSON (the default) or CSV. In a
/// serial endpoint its answer is the survival model's request as is. A body it cannot use (not a zip, no CT, no SEG, a
/// mask off the CT's grid, a bad clinical.csv) is an <see cref="InvalidDataException"/>: a 400 naming the entry and problem.
/// Thread-safe.
/// </summary>
public sealed class RadiomicsDocumentPredictor(RadiomicsSettings? settings = null, ArchiveLimits? limits = null) : IDocumentPredictor
{
    public const string ZipMediaType = "application/zip";

    /// <summary>What a request's archive is called in error messages.</summary>
    public const string ArchiveName = "request.zip";

    private readonly RadiomicsExtractor _extractor = new(settings);

    /// <summary>
    /// Archive limits for a request: SageMaker's 6 MiB real-time body, at most 1,000 entries, 32 MiB per inflated entry
    /// (a 512 x 512 x 300 binary SEG is 9.4 MiB) and 192 MiB inflated in all, so a zip bomb costs bounded memory.
    /// </summary>
    public static ArchiveLimits RequestLimits { get; } = new()
    {
        MaxArchiveBytes = ServingContract.MaxRequestBodyBytes,
        MaxEntries = 1000,
        MaxEntryBytes = 32L << 20,
        MaxTotalBytes = 192L << 20,
    };

    public RadiomicsSettings Settings => _extractor.Settings;

    /// <value>The default is <see cref="RequestLimits"/>.</value>
    public ArchiveLimits Limits { get; } = limits ?? RequestLimits;

    public IReadOnlyList<string> ContentTypes { get; } = [ZipMediaType];

    public IReadOnlyList<string> AcceptTypes { get; } = [ServingContract.JsonMediaType, ServingContract.CsvMediaType];

    /// <summary>Reads the archive and extracts the tumour's features, joined with the archive's clinical row when it has one.</summary>
    /// <exception cref="InvalidDataException">The archive, a DICOM file in it, its mask or its clinical.csv is not usable; the message says which and why.</exception>
    public PatientFeatureRow Extract(ReadOnlyMemory<byte> archive)
    {
        try
        {
            var patient = PatientArchive.Read(archive, ArchiveName, Limits);
            var features = _extractor.Extract(patient.Scan.Image, patient.Scan.Mask).ToNamedValues();
            return PatientFeatureRow.Join(patient.Clinical, features);
        }
        catch (Exception e) when (e is not InvalidDataException && InputProblem(e) is { } problem)
        {
            // The serving contract turns InvalidDataException into a 400; the readers' own exceptions would be a 500.
            throw new InvalidDataException(problem.Message, e);
        }
    }

    public DocumentResponse Predict(DocumentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Extract(request.Body).ToResponse(request.Accept);
    }

    /// <summary>The exception that describes a problem with the input, or null for one that is not the caller's.</summary>
    private static Exception? InputProblem(Exception e)
    {
        if (e is AggregateException aggregate)
        {
            var inner = aggregate.Flatten().InnerExceptions;
            return inner.All(i => InputProblem(i) is not null) ? InputProblem(inner[0]) : null;
        }
        return e is DicomFormatException or DicomUnsupportedTransferSyntaxException or InvalidDataException or NotSupportedException
            or IOException or ArgumentException ? e : null;
    }
}
