using System.Globalization;
using Solutions.LungSurvival.Cohort;

namespace Solutions.LungSurvival.Training.Tables;

/// <summary>Reads a numeric clinical cell: a number, "Not Collected" (missing, NaN) or "NA" where it has a meaning.</summary>
public static class ClinicalValue
{
    /// <returns>Null on success, else what was expected.</returns>
    public static string? TryParseNumber(string column, string text, out double value)
    {
        text = text.Trim();
        value = double.NaN;
        if (text.Length == 0 || ClinicalFeatureColumns.IsNotCollected(text))
        {
            return null;
        }
        if (text == ClinicalVocabulary.NotApplicable)
        {
            // NA elsewhere (a value that does not apply) carries nothing more than missing.
            value = ClinicalFeatureColumns.NotApplicableValue(column) ?? double.NaN;
            return null;
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value))
        {
            return null;
        }
        value = double.NaN;
        return $"'{text}' is not a number (expected a number, '{ClinicalVocabulary.NotCollected}' or '{ClinicalVocabulary.NotApplicable}')";
    }
}
