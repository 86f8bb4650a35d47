using System.Globalization;
using System.Text;
using Solutions.LungSurvival.Cohort;
using Solutions.LungSurvival.Serving;
using Solutions.LungSurvival.Training.Tables;
using Solutions.Shared.Data.IO;
using Solutions.Shared.Data.Tabular;
using Solutions.Shared.Modeling.Cli;

namespace Solutions.LungSurvival.Commands;

/// <summary>
/// <c>predict --model DIR --input FILE.csv [--out FILE]</c>: scores a CSV of joined patient rows (header row; the
/// model's clinical, gene and radiomic columns by name, in any order; other columns such as Survival Status are
/// ignored; <c>Case ID</c>, when present, is carried to the output).
/// </summary>
public sealed class PredictCommand : ISolutionCommand
{
    public string Name => "predict";

    public string Summary => "score patients from a CSV of joined clinical, gene and radiomic columns (not for clinical use)";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        new("model", "DIR", "model bundle folder (the study writes it to <out>/model)", Required: true),
        new("input", "FILE", "CSV with a header naming the model's input columns", Required: true),
        new("out", "FILE", "where to write Case ID, probability_dead, predicted_status (default: standard output)"),
    ];

    public Task<int> ExecuteAsync(CommandArguments arguments, CancellationToken cancellationToken)
    {
        var (_, predictor) = SurvivalBundle.Load(arguments.Required("model"));
        var input = arguments.Required("input");
        IReadOnlyList<PatientRow> patients;
        try
        {
            patients = Read(input, predictor);
        }
        catch (SurvivalDataException e)
        {
            // Bad data, not bad usage: the command line reports it as a failure, without the usage hint.
            throw new TabularDataException(input, e.Message, e);
        }
        IReadOnlyList<double> probabilities;
        try
        {
            probabilities = predictor.PredictProbabilities(patients);
        }
        catch (ArgumentException e)
        {
            throw new TabularDataException(input, $"{input}: {e.Message}", e);
        }
        var text = new StringBuilder();
        text.Append(ClinicalColumns.CaseId).Append(',').Append(SurvivalPredictor.ProbabilityOutput).Append(',').Append(SurvivalPredictor.StatusOutput).Append('\n');
        for (var i = 0; i < patients.Count; i++)
        {
            text.Append(patients[i].CaseId).Append(',')
                .Append(probabilities[i].ToString("0.######", CultureInfo.InvariantCulture)).Append(',')
                .Append(SurvivalPredictor.Status(probabilities[i])).Append('\n');
        }
        if (arguments.Get("out") is { } output)
        {
            AtomicFile.WriteAllText(output, text.ToString());
            Console.Error.WriteLine($"Scored {patients.Count:N0} patients into {output}.");
        }
        else
        {
            Console.Out.Write(text.ToString());
        }
        return Task.FromResult(0);
    }

    /// <summary>Reads joined rows by column name; a missing column or bad cell names the file, line and column.</summary>
    public static IReadOnlyList<PatientRow> Read(string path, SurvivalPredictor predictor)
    {
        var table = CsvTable.Read(path);
        var clinical = ClinicalFeatureColumns.Used.Select(table.Column).ToArray();
        var genes = predictor.Encoder.GeneColumns.Select(table.Column).ToArray();
        var radiomics = predictor.Encoder.RadiomicColumns.Select(table.Column).ToArray();
        var vocabulary = predictor.Encoder.Categories.ToDictionary(v => v.Column, v => v.Values, StringComparer.Ordinal);
        var caseId = table.Header.Contains(ClinicalColumns.CaseId) ? table.Column(ClinicalColumns.CaseId) : -1;
        return [.. table.Records.Select((record, r) =>
        {
            foreach (var c in clinical)
            {
                if (ClinicalFeatureColumns.Numeric.Contains(table.Header[c])
                    && ClinicalValue.TryParseNumber(table.Header[c], record.Fields[c], out _) is { } problem)
                {
                    throw table.Error(r, c, problem);
                }
                if (vocabulary.TryGetValue(table.Header[c], out var values) && !values.Contains(record.Fields[c].Trim()))
                {
                    throw table.Error(r, c, $"'{record.Fields[c].Trim()}' was not seen in training (expected one of: {string.Join(", ", values.Select(v => $"'{v}'"))})");
                }
            }
            return new PatientRow(
                caseId >= 0 ? record.Fields[caseId].Trim() : $"row {r + 1}",
                [.. clinical.Select(c => record.Fields[c].Trim())],
                [.. genes.Select(c => table.Number(r, c))],
                [.. radiomics.Select(c => table.Number(r, c))]);
        })];
    }
}
