using System.Globalization;

namespace Solutions.PriceOptimization.Forecasting;

/// <summary>Checks a history or a prediction request, naming the field and index of the first bad entry.</summary>
internal static class ForecastInputValidation
{
    /// <summary>Prophet's own minimum: two points fix a line.</summary>
    public const int MinimumObservations = 2;

    public static void RequireValidHistory(ForecastInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Require(input.Dates is not null, "ForecastInput.Dates is null; expected the observation dates.");
        Require(input.Values is not null, "ForecastInput.Values is null; expected one value per date.");
        Require(
            input.Values!.Count == input.Dates!.Count,
            $"ForecastInput.Values has {input.Values.Count} entries but ForecastInput.Dates has {input.Dates.Count}; expected one value per date.");
        Require(
            input.Dates.Count >= MinimumObservations,
            $"ForecastInput has {input.Dates.Count} observation(s); at least {MinimumObservations} are needed to fit a trend.");

        for (var i = 1; i < input.Dates.Count; i++)
        {
            // Messages are built only on failure: formatting one per row would dominate a fit's allocations.
            if (input.Dates[i] <= input.Dates[i - 1])
            {
                Fail($"ForecastInput.Dates[{i}] is {Format(input.Dates[i])}, not after Dates[{i - 1}] = {Format(input.Dates[i - 1])}; dates must be strictly increasing (sorted, no duplicates).");
            }
        }

        RequireFinite(input.Values, "ForecastInput.Values");
        RequireRegressors(input.Regressors, input.Dates.Count, "ForecastInput.Regressors", null);
        RequireHolidays(input.Holidays);
    }

    /// <summary>Checks the regressors given for prediction: every fitted name, one finite value per date.</summary>
    public static void RequireRegressors(
        IReadOnlyDictionary<string, IReadOnlyList<double>>? regressors,
        int rows,
        string field,
        IReadOnlyCollection<string>? requiredNames)
    {
        if (requiredNames is not null)
        {
            foreach (var name in requiredNames)
            {
                Require(
                    regressors is not null && regressors.ContainsKey(name),
                    $"{field} lacks \"{name}\"; the forecaster was fitted with it, so every prediction date needs its value.");
            }
        }

        if (regressors is null)
        {
            return;
        }

        foreach (var (name, values) in regressors)
        {
            Require(!string.IsNullOrWhiteSpace(name), $"{field} has a regressor with an empty name.");
            Require(values is not null, $"{field}[\"{name}\"] is null; expected one value per date.");
            Require(
                values!.Count == rows,
                $"{field}[\"{name}\"] has {values.Count} values but there are {rows} dates; expected one value per date.");
            RequireFinite(values, $"{field}[\"{name}\"]");
        }
    }

    private static void RequireHolidays(IReadOnlyList<Holiday>? holidays)
    {
        if (holidays is null)
        {
            return;
        }

        for (var i = 0; i < holidays.Count; i++)
        {
            var holiday = holidays[i];
            Require(holiday is not null, $"ForecastInput.Holidays[{i}] is null.");
            Require(!string.IsNullOrWhiteSpace(holiday!.Name), $"ForecastInput.Holidays[{i}].Name is empty; expected the holiday's name.");
            Require(
                holiday.LowerWindow <= 0,
                $"ForecastInput.Holidays[{i}].LowerWindow is {holiday.LowerWindow}; expected 0 or a negative number of days.");
            Require(
                holiday.UpperWindow >= 0,
                $"ForecastInput.Holidays[{i}].UpperWindow is {holiday.UpperWindow}; expected 0 or a positive number of days.");
        }
    }

    private static void RequireFinite(IReadOnlyList<double> values, string field)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                Fail($"{field}[{i}] is {values[i].ToString(CultureInfo.InvariantCulture)}; every value must be a finite number.");
            }
        }
    }

    private static string Format(DateTime date) => date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            Fail(message);
        }
    }

    private static void Fail(string message) => throw new ArgumentException(message, "input");
}
