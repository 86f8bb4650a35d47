using System.Globalization;
using System.Text;
using Solutions.LungSurvival.Cohort;
using Solutions.LungSurvival.Commands;
using Solutions.LungSurvival.Serving;
using Solutions.LungSurvival.Tests.Training;
using Solutions.LungSurvival.Training.Model;
using Solutions.LungSurvival.Training.Tables;
using Solutions.Shared.Data.Tabular;
using Solutions.Shared.Modeling.Cli;

namespace Solutions.LungSurvival.Tests.Serving;

[Collection(SurvivalCohortCollection.Name)]
public sealed class PredictCommandTests(SurvivalCohortFixture cohort)
{
    [Fact]
    public void Scores_a_CSV_of_joined_rows_as_the_predictor_does()
    {
        var (folder, joined, predictor) = Bundle();
        var input = Path.Combine(folder, "joined.csv");
        File.WriteAllText(input, JoinedCsv(joined, predictor.Encoder));
        var output = Path.Combine(folder, "scores.csv");

        var (code, error) = Run("predict", "--model", Path.Combine(folder, "model"), "--input", input, "--out", output);

        Assert.True(code == 0, error);
        var lines = File.ReadAllLines(output);
        Assert.Equal("Case ID,probability_dead,predicted_status", lines[0]);
        var expected = predictor.PredictProbabilities(joined.Patients);
        Assert.Equal(joined.Patients.Count, lines.Length - 1);
        for (var i = 0; i < expected.Count; i++)
        {
            var fields = lines[i + 1].Split(',');
            Assert.Equal(joined.Patients[i].CaseId, fields[0]);
            Assert.Equal(expected[i], double.Parse(fields[1], CultureInfo.InvariantCulture), 6);
            Assert.Equal(SurvivalPredictor.Status(expected[i]), fields[2]);
        }
    }

    [Fact]
    public void A_bad_cell_fails_naming_the_file_line_and_column()
    {
        var (folder, joined, predictor) = Bundle();
        var lines = JoinedCsv(joined, predictor.Encoder).Split('\n').ToArray();
        var column = Array.IndexOf(CsvTokenizer.SplitLine(lines[0]), "original_firstorder_Mean");
        var fields = CsvTokenizer.SplitLine(lines[2]);
        fields[column] = "n/a";
        lines[2] = string.Join(',', fields.Select(Cell));
        var input = Path.Combine(folder, "bad.csv");
        File.WriteAllText(input, string.Join('\n', lines));

        var (code, error) = Run("predict", "--model", Path.Combine(folder, "model"), "--input", input);

        Assert.Equal(SolutionCommandLine.Failure, code);
        Assert.Contains($"{input} line 3, column {column + 1} 'original_firstorder_Mean': 'n/a' is not a number", error);
    }

    [Fact]
    public void A_category_the_model_never_saw_fails_naming_the_line_and_the_known_values()
    {
        var (folder, joined, predictor) = Bundle();
        var lines = JoinedCsv(joined, predictor.Encoder).Split('\n').ToArray();
        var column = Array.IndexOf(CsvTokenizer.SplitLine(lines[0]), ClinicalColumns.Gender);
        var fields = CsvTokenizer.SplitLine(lines[4]);
        fields[column] = "Unknown";
        lines[4] = string.Join(',', fields.Select(Cell));
        var input = Path.Combine(folder, "unseen.csv");
        File.WriteAllText(input, string.Join('\n', lines));

        var (code, error) = Run("predict", "--model", Path.Combine(folder, "model"), "--input", input);

        Assert.Equal(SolutionCommandLine.Failure, code);
        Assert.Contains($"{input} line 5, column {column + 1} 'Gender': 'Unknown' was not seen in training (expected one of: 'Female', 'Male')", error);
    }

    private (string Folder, SurvivalCohort Joined, SurvivalPredictor Predictor) Bundle()
    {
        var folder = cohort.NewFolder("predict");
        var joined = SurvivalCohortReader.Read(cohort.Inputs);
        var encoder = FeatureEncoder.Fit(joined);
        var model = SurvivalModel.Fit(encoder.Encode(joined).Rows, joined.Dead, ClassifierCandidate.Logistic(10), seed: 1);
        SurvivalBundle.Save(Path.Combine(folder, "model"), encoder, model, cohort.Inputs.ClinicalCsv, new Dictionary<string, double>(), DateTimeOffset.UnixEpoch);
        return (folder, joined, SurvivalBundle.Load(Path.Combine(folder, "model")).Predictor);
    }

    /// <summary>Case ID, the model's input columns by name, and (ignored) the label, one row per patient.</summary>
    private static string JoinedCsv(SurvivalCohort joined, FeatureEncoder encoder)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', [ClinicalColumns.CaseId, .. encoder.InputColumns.Select(Cell), ClinicalColumns.SurvivalStatus]).Append('\n');
        for (var i = 0; i < joined.Patients.Count; i++)
        {
            var p = joined.Patients[i];
            text.AppendJoin(',', [p.CaseId, .. p.Clinical.Select(Cell), .. p.Genomic.Concat(p.Radiomic).Select(v => v.ToString("R", CultureInfo.InvariantCulture)),
                joined.Dead[i] ? "Dead" : "Alive"]).Append('\n');
        }
        return text.ToString();
    }

    private static string Cell(string text) => text.Contains(',', StringComparison.Ordinal) ? $"\"{text}\"" : text;

    private static (int ExitCode, string Error) Run(params string[] args)
    {
        var error = new StringWriter();
        var code = new SolutionCommandLine("LungSurvival", [new PredictCommand()], TextWriter.Null, error)
            .RunAsync(args, CancellationToken.None).GetAwaiter().GetResult();
        return (code, error.ToString());
    }
}
