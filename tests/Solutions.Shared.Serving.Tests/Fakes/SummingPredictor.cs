using Solutions.Shared.Data.Tabular;

namespace Solutions.Shared.Serving.Tests.Fakes;

/// <summary>
/// A model whose arithmetic can be checked by hand: Score = Day Mins + Calls + (Intl Plan ? 1 : 0),
/// Churn = Score &gt; 100, State echoed back. Its explanation lists the three numeric inputs as their own
/// contributions, largest magnitude first. State "XX" is refused with an ArgumentException.
/// </summary>
internal sealed class SummingPredictor : IPredictor
{
    public const string DayMins = "Day Mins";
    public const string Calls = "Calls";
    public const string IntlPlan = "Intl Plan";
    public const string State = "State";
    public const string Signup = "Signup";
    public const string Score = "Score";
    public const string Churn = "Churn";
    public const string UnknownState = "XX";

    public TabularSchema InputSchema { get; } = new(
    [
        new ColumnSpec(DayMins, ColumnKind.Number),
        new ColumnSpec(Calls, ColumnKind.Integer),
        new ColumnSpec(IntlPlan, ColumnKind.Boolean),
        new ColumnSpec(State, ColumnKind.Text),
        new ColumnSpec(Signup, ColumnKind.DateTime, Required: false),
    ]);

    public IReadOnlyList<string> OutputColumns { get; } = [Score, Churn, State];

    /// <summary>The rows of the most recent call, to check the types the contract hands over.</summary>
    public IReadOnlyList<object?[]> LastRows { get; private set; } = [];

    public IReadOnlyList<Prediction> Predict(IReadOnlyList<object?[]> rows, PredictionOptions options)
    {
        LastRows = rows;
        var predictions = new List<Prediction>(rows.Count);
        foreach (var row in rows)
        {
            var dayMins = (double)row[0]!;
            var calls = (long)row[1]!;
            var intlPlan = (bool)row[2]! ? 1.0 : 0.0;
            var state = (string)row[3]!;
            if (state == UnknownState)
            {
                throw new ArgumentException($"state '{state}' was not seen in training");
            }
            var score = dayMins + calls + intlPlan;
            var values = new Dictionary<string, object?> { [Score] = score, [Churn] = score > 100, [State] = state };
            FeatureContribution[]? explanation = options.Explain
                ? [.. new[] { new FeatureContribution(DayMins, dayMins), new(Calls, calls), new(IntlPlan, intlPlan) }
                    .OrderByDescending(contribution => Math.Abs(contribution.Contribution))]
                : null;
            predictions.Add(new Prediction(values, explanation));
        }
        return predictions;
    }
}
