namespace Solutions.LungSurvival.Training.Tables;

/// <summary>
/// Turns a joined patient row into numbers: clinical numeric columns as they are (NaN when not collected, plus a
/// "missing" indicator for a column that has gaps), one-hot categories, then genes and radiomic features unchanged.
/// The vocabulary is read from the cohort without its labels, so fitting it on every patient leaks no outcome.
/// </summary>
/// <param name="IndicatedColumns">Numeric columns given a 0/1 "missing" feature, because some patient lacks them.</param>
public sealed record FeatureEncoder(
    IReadOnlyList<string> IndicatedColumns,
    IReadOnlyList<CategoryVocabulary> Categories,
    IReadOnlyList<string> GeneColumns,
    IReadOnlyList<string> RadiomicColumns)
{
    public const string MissingSuffix = " missing";

    public static FeatureEncoder Fit(SurvivalCohort cohort)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var numeric = ClinicalFeatureColumns.Numeric;
        var indicated = numeric
            .Where((column, c) => cohort.Patients.Any(p => double.IsNaN(ParseNumber(column, p.Clinical[c]))))
            .ToArray();
        var categories = ClinicalFeatureColumns.Categorical
            .Select((column, c) => new CategoryVocabulary(column,
                [.. cohort.Patients.Select(p => p.Clinical[numeric.Count + c]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]))
            .ToArray();
        return new FeatureEncoder(indicated, categories, cohort.GeneColumns, cohort.RadiomicColumns);
    }

    /// <summary>The columns an input row holds, by name: the clinical columns used, then genes, then radiomic features.</summary>
    public IReadOnlyList<string> InputColumns => [.. ClinicalFeatureColumns.Used, .. GeneColumns, .. RadiomicColumns];

    /// <summary>Feature names after encoding, e.g. <c>Weight (lbs)</c>, <c>Weight (lbs) missing</c>, <c>Gender=Male</c>, <c>GDF15</c>.</summary>
    public IReadOnlyList<string> FeatureNames =>
    [
        .. ClinicalFeatureColumns.Numeric,
        .. IndicatedColumns.Select(c => c + MissingSuffix),
        .. Categories.SelectMany(v => v.Values.Select(value => $"{v.Column}={value}")),
        .. GeneColumns,
        .. RadiomicColumns,
    ];

    public IReadOnlyList<FeatureModality> Modalities =>
    [
        .. Enumerable.Repeat(FeatureModality.Clinical, ClinicalFeatureColumns.Numeric.Count + IndicatedColumns.Count + Categories.Sum(v => v.Values.Count)),
        .. Enumerable.Repeat(FeatureModality.Genomic, GeneColumns.Count),
        .. Enumerable.Repeat(FeatureModality.Radiomic, RadiomicColumns.Count),
    ];

    public FeatureMatrix Encode(SurvivalCohort cohort) =>
        new([.. cohort.Patients.Select(Encode)], FeatureNames, Modalities);

    /// <exception cref="ArgumentException">A category not in the vocabulary, a bad number, or the wrong number of values.</exception>
    public double[] Encode(PatientRow patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var numeric = ClinicalFeatureColumns.Numeric;
        if (patient.Clinical.Count != ClinicalFeatureColumns.Used.Count || patient.Genomic.Count != GeneColumns.Count
            || patient.Radiomic.Count != RadiomicColumns.Count)
        {
            throw new ArgumentException(
                $"Patient '{patient.CaseId}' has {patient.Clinical.Count} clinical, {patient.Genomic.Count} gene and {patient.Radiomic.Count} radiomic values; " +
                $"the model expects {ClinicalFeatureColumns.Used.Count}, {GeneColumns.Count} and {RadiomicColumns.Count}.");
        }
        var features = new List<double>(FeatureNames.Count);
        var values = new double[numeric.Count];
        for (var c = 0; c < numeric.Count; c++)
        {
            if (ClinicalValue.TryParseNumber(numeric[c], patient.Clinical[c], out values[c]) is { } problem)
            {
                throw new ArgumentException($"Patient '{patient.CaseId}', column '{numeric[c]}': {problem}.");
            }
        }
        features.AddRange(values);
        features.AddRange(IndicatedColumns.Select(column => double.IsNaN(values[IndexOf(numeric, column)]) ? 1.0 : 0.0));
        for (var c = 0; c < Categories.Count; c++)
        {
            var vocabulary = Categories[c];
            var value = patient.Clinical[numeric.Count + c].Trim();
            var hot = IndexOf(vocabulary.Values, value);
            if (hot < 0)
            {
                throw new ArgumentException(
                    $"Patient '{patient.CaseId}', column '{vocabulary.Column}': '{value}' was not seen in training (expected one of: {string.Join(", ", vocabulary.Values.Select(v => $"'{v}'"))}).");
            }
            features.AddRange(vocabulary.Values.Select((_, i) => i == hot ? 1.0 : 0.0));
        }
        features.AddRange(patient.Genomic);
        features.AddRange(patient.Radiomic);
        return [.. features];
    }

    private static double ParseNumber(string column, string text)
    {
        ClinicalValue.TryParseNumber(column, text, out var value);
        return value;
    }

    private static int IndexOf(IReadOnlyList<string> values, string value)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (string.Equals(values[i], value, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }
}
