using Solutions.Shared.Serving;
using Solutions.Shared.Serving.Buffers;
using Solutions.Shared.Serving.Requests;

namespace Solutions.LungSurvival.Serving;

/// <summary>
/// The one-step model: a patient's zip (CT, SEG and clinical.csv) answered with P(Dead) as JSON (the default) or CSV. It is
/// the serial pipeline radiomics then survival in one call: the <see cref="RadiomicsDocumentPredictor"/>'s JSON row goes
/// through the serving contract to the <see cref="SurvivalPredictor"/>, so both parse and answer as they do on their own.
/// Not for clinical use: trained on synthetic data. Thread-safe.
/// </summary>
public sealed class ArchiveSurvivalPredictor : IDocumentPredictor
{
    private readonly InvocationProcessor _survival;

    public ArchiveSurvivalPredictor(RadiomicsDocumentPredictor radiomics, SurvivalPredictor survival)
    {
        ArgumentNullException.ThrowIfNull(radiomics);
        ArgumentNullException.ThrowIfNull(survival);
        Radiomics = radiomics;
        Survival = survival;
        _survival = InvocationProcessor.Create(survival);
    }

    public RadiomicsDocumentPredictor Radiomics { get; }

    public SurvivalPredictor Survival { get; }

    public IReadOnlyList<string> ContentTypes => Radiomics.ContentTypes;

    public IReadOnlyList<string> AcceptTypes { get; } = [ServingContract.JsonMediaType, ServingContract.CsvMediaType];

    /// <exception cref="InvalidDataException">The archive is not usable, has no clinical.csv, or the survival model refuses its row (e.g. a category it never saw).</exception>
    public DocumentResponse Predict(DocumentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var row = Radiomics.Extract(request.Body);
        if (row.Clinical.Count == 0)
        {
            throw new InvalidDataException(
                $"{RadiomicsDocumentPredictor.ArchiveName}: no clinical.csv; the survival model needs the patient's clinical and gene columns " +
                "(a clinical.csv in the zip: a header line and the patient's row)");
        }
        using var answer = new PooledBuffer(256);
        try
        {
            var contentType = _survival.Process(new InvocationRequest(row.ToJson(), ServingContract.JsonMediaType, request.Accept), answer);
            return new DocumentResponse(answer.WrittenSpan.ToArray(), contentType);
        }
        catch (InvocationRejectedException refused) when (refused.StatusCode == 400)
        {
            throw new InvalidDataException($"{RadiomicsDocumentPredictor.ArchiveName}: the survival model refused the patient's row: {refused.Message}", refused);
        }
    }
}
