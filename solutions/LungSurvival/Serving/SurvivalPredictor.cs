using Solutions.LungSurvival.Cohort;
using Solutions.LungSurvival.Training.Model;
using Solutions.LungSurvival.Training.Tables;
using Solutions.Shared.Data.Tabular;
using Solutions.Shared.Serving;

namespace Solutions.LungSurvival.Serving;

/// <summary>
/// The survival model behind the serving contract. A request row is one patient's joined features by name: the
/// clinical columns used (as clinical.csv spells them, "Not Collected" included), the genes, and the radiomic features.
/// The answer is P(Dead) and the status predicted at 0.5. Not for clinical use: trained on synthetic data.
/// </summary>
public sealed class SurvivalPredictor : IPredictor
{
    public const string ProbabilityOutput = "probability_dead";
    public const string StatusOutput = "predicted_status";
    public const double Cutoff = 0.5;

    public SurvivalPredictor(FeatureEncoder encoder, SurvivalModel model)
    {
        Encoder = encoder;
        Model = model;
        InputSchema = Schema(encoder);
    }

    public FeatureEncoder Encoder { get; }

    public SurvivalModel Model { get; }

    public TabularSchema InputSchema { get; }

    public IReadOnlyList<string> OutputColumns { get; } = [ProbabilityOutput, StatusOutput];

    /// <summary>The output schema recorded in the bundle's manifest.</summary>
    public static IReadOnlyList<ColumnSpec> OutputSchema { get; } =
        [new(ProbabilityOutput, ColumnKind.Number), new(StatusOutput, ColumnKind.Text)];

    /// <summary>The request columns for <paramref name="encoder"/>: clinical text, then numeric genes and radiomic features (blank: missing, imputed).</summary>
    public static TabularSchema Schema(FeatureEncoder encoder) => new(
    [
        .. ClinicalFeatureColumns.Used.Select(c => new ColumnSpec(c, ColumnKind.Text)),
        .. encoder.GeneColumns.Select(c => new ColumnSpec(c, ColumnKind.Number, Required: false)),
        .. encoder.RadiomicColumns.Select(c => new ColumnSpec(c, ColumnKind.Number, Required: false)),
    ]);

    public static string Status(double probability) => probability >= Cutoff ? ClinicalVocabulary.Dead : ClinicalVocabulary.Alive;

    /// <summary>P(Dead) per patient.</summary>
    /// <exception cref="ArgumentException">A category the model never saw, or a malformed row.</exception>
    public IReadOnlyList<double> PredictProbabilities(IReadOnlyList<PatientRow> patients) =>
        Model.Probabilities([.. patients.Select(Encoder.Encode)]);

    public IReadOnlyList<Prediction> Predict(IReadOnlyList<object?[]> rows, PredictionOptions options)
    {
        var patients = rows.Select((row, i) => ToPatient(row, i + 1)).ToArray();
        return [.. PredictProbabilities(patients).Select(p => new Prediction(new Dictionary<string, object?>(2)
        {
            [ProbabilityOutput] = p,
            [StatusOutput] = Status(p),
        }))];
    }

    private PatientRow ToPatient(object?[] row, int number)
    {
        var clinical = ClinicalFeatureColumns.Used.Count;
        var genes = Encoder.GeneColumns.Count;
        if (row.Length != InputSchema.Columns.Count)
        {
            throw new ArgumentException($"Row {number} has {row.Length} values; the model takes {InputSchema.Columns.Count}.");
        }
        return new PatientRow(
            $"row {number}",
            [.. row.Take(clinical).Select(v => v as string ?? "")],
            [.. row.Skip(clinical).Take(genes).Select(v => v is double d ? d : double.NaN)],
            [.. row.Skip(clinical + genes).Select(v => v is double d ? d : double.NaN)]);
    }
}
