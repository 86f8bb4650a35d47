using Solutions.LungSurvival.Cohort;
using Solutions.Shared.Data.Tabular;

namespace Solutions.LungSurvival.Extraction;

/// <summary>The Case IDs a cohort's <c>clinical.csv</c> lists, sorted (ordinal) and checked to be usable as folder names.</summary>
internal static class CohortPatients
{
    public static IReadOnlyList<string> CaseIds(CohortLayout cohort)
    {
        var path = cohort.Clinical;
        if (!File.Exists(path))
            throw new FileNotFoundException($"{path}: no such file; expected a cohort folder holding {CohortLayout.ClinicalFileName} (see generate-cohort)", path);
        using var reader = new StreamReader(path);
        var tokenizer = new CsvTokenizer(reader, path);
        if (!tokenizer.TryRead(out var header))
            throw new InvalidDataException($"{path}: empty; expected a header line with '{ClinicalColumns.CaseId}'");
        var column = Array.IndexOf(header, ClinicalColumns.CaseId);
        if (column < 0) throw new InvalidDataException($"{path}: line 1 has no '{ClinicalColumns.CaseId}' column");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (tokenizer.TryRead(out var fields))
        {
            var where = $"{path}: line {tokenizer.RecordLine}, column {column + 1} ({ClinicalColumns.CaseId})";
            var id = column < fields.Length ? fields[column] : "";
            if (id.Length == 0) throw new InvalidDataException($"{where}: empty; expected the patient's Case ID");
            if (id is "." or ".." || id.IndexOfAny(['/', '\\', ':']) >= 0 || id.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
                throw new InvalidDataException($"{where}: '{id}' cannot name the patient's folder; expected a Case ID such as R01-001");
            if (!ids.Add(id)) throw new InvalidDataException($"{where}: '{id}' appears twice");
        }

        return [.. ids.Order(StringComparer.Ordinal)];
    }
}
