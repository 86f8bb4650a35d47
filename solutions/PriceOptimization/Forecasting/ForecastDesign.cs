namespace Solutions.PriceOptimization.Forecasting;

/// <summary>
/// How a date becomes a row of Prophet's additive model, fixed at fit time. The columns are
/// [t, 1, (t − s₁)₊ … (t − s_S)₊, weekly Fourier, yearly Fourier, holidays, standardized regressors], so that
/// y_scaled ≈ row · θ with θ = [k, m, δ₁ … δ_S, β…]: the hinge (t − s)₊ carries exactly Prophet's
/// (k + Aδ)·t + (m + Aγ) with γ = −s·δ.
/// </summary>
internal sealed class ForecastDesign
{
    private ForecastDesign(
        DateTime start,
        double timeScaleDays,
        double yScale,
        double[] changepointTimes,
        int weeklyOrder,
        int yearlyOrder,
        HolidayTerms holidays,
        RegressorTerm[] regressors)
    {
        Start = start;
        TimeScaleDays = timeScaleDays;
        YScale = yScale;
        ChangepointTimes = changepointTimes;
        WeeklyOrder = weeklyOrder;
        YearlyOrder = yearlyOrder;
        Holidays = holidays;
        Regressors = regressors;
        WeeklyOffset = ChangepointOffset + changepointTimes.Length;
        YearlyOffset = WeeklyOffset + (2 * weeklyOrder);
        HolidayOffset = YearlyOffset + (2 * yearlyOrder);
        RegressorOffset = HolidayOffset + holidays.Columns.Count;
        Width = RegressorOffset + regressors.Length;
    }

    public const int ChangepointOffset = 2;

    public DateTime Start { get; }

    public double TimeScaleDays { get; }

    /// <summary>Prophet's y scale: the largest |y| of the history (1 when y is all 0).</summary>
    public double YScale { get; }

    /// <summary>Changepoint times on the scaled axis t ∈ [0, 1].</summary>
    public double[] ChangepointTimes { get; }

    public int WeeklyOrder { get; }

    public int YearlyOrder { get; }

    public HolidayTerms Holidays { get; }

    public RegressorTerm[] Regressors { get; }

    public int WeeklyOffset { get; }

    public int YearlyOffset { get; }

    public int HolidayOffset { get; }

    public int RegressorOffset { get; }

    public int Width { get; }

    public static ForecastDesign Create(ForecastInput input, ForecastOptions options)
    {
        var dates = input.Dates;
        var start = dates[0];
        var spanDays = (dates[^1] - start).TotalDays;
        var yScale = input.Values.Max(Math.Abs);
        var regressors = (input.Regressors ?? new Dictionary<string, IReadOnlyList<double>>())
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => RegressorTerm.Create(p.Key, p.Value))
            .ToArray();

        return new ForecastDesign(
            start,
            spanDays,
            yScale == 0 ? 1 : yScale,
            ChangepointTimesOf(dates, options, start, spanDays),
            WeeklyEnabled(dates, spanDays) ? options.WeeklyOrder : 0,
            spanDays >= 730 ? options.YearlyOrder : 0,
            HolidayTerms.Create(input.Holidays),
            regressors);
    }

    public double ScaledTime(DateTime date) => (date - Start).TotalDays / TimeScaleDays;

    /// <summary>Writes the design row of <paramref name="date"/>; <paramref name="regressorValues"/> follow <see cref="Regressors"/>.</summary>
    public void FillRow(DateTime date, ReadOnlySpan<double> regressorValues, Span<double> row)
    {
        row.Clear();
        var t = ScaledTime(date);
        row[0] = t;
        row[1] = 1;
        for (var j = 0; j < ChangepointTimes.Length; j++)
        {
            row[ChangepointOffset + j] = Math.Max(t - ChangepointTimes[j], 0);
        }

        FourierTerms.Fill(date, FourierTerms.WeeklyPeriod, WeeklyOrder, row[WeeklyOffset..YearlyOffset]);
        FourierTerms.Fill(date, FourierTerms.YearlyPeriod, YearlyOrder, row[YearlyOffset..HolidayOffset]);
        foreach (var column in Holidays.ColumnsOn(date))
        {
            row[HolidayOffset + column] = 1;
        }

        for (var r = 0; r < Regressors.Length; r++)
        {
            row[RegressorOffset + r] = Regressors[r].Standardize(regressorValues[r]);
        }
    }

    /// <summary>A writer of the design rows of <paramref name="dates"/>, for building the Gram matrix without the matrix.</summary>
    public DesignRowWriter RowWriter(IReadOnlyList<DateTime> dates, IReadOnlyDictionary<string, IReadOnlyList<double>>? regressors)
    {
        var columns = Regressors.Select(r => regressors![r.Name]).ToArray();
        var values = new double[columns.Length];
        return (i, row) =>
        {
            for (var r = 0; r < columns.Length; r++)
            {
                values[r] = columns[r][i];
            }

            FillRow(dates[i], values, row);
        };
    }

    /// <summary>The design matrix of <paramref name="dates"/>, row-major.</summary>
    public double[] BuildMatrix(IReadOnlyList<DateTime> dates, IReadOnlyDictionary<string, IReadOnlyList<double>>? regressors)
    {
        var matrix = new double[dates.Count * Width];
        var columns = Regressors.Select(r => regressors![r.Name]).ToArray();
        Span<double> values = stackalloc double[Regressors.Length];
        for (var i = 0; i < dates.Count; i++)
        {
            for (var r = 0; r < columns.Length; r++)
            {
                values[r] = columns[r][i];
            }

            FillRow(dates[i], values, matrix.AsSpan(i * Width, Width));
        }

        return matrix;
    }

    /// <summary>Precision (1 / prior variance) of each Gaussian-prior parameter; 0 on the Laplace-prior deltas.</summary>
    public double[] PriorPrecision(ForecastOptions options)
    {
        var precision = new double[Width];
        // Prophet's k ~ Normal(0, 5) and m ~ Normal(0, 5).
        precision[0] = precision[1] = 1.0 / 25;
        Array.Fill(precision, 1 / Square(options.SeasonalityPriorScale), WeeklyOffset, HolidayOffset - WeeklyOffset);
        Array.Fill(precision, 1 / Square(options.HolidaysPriorScale), HolidayOffset, RegressorOffset - HolidayOffset);
        Array.Fill(precision, 1 / Square(options.RegressorPriorScale), RegressorOffset, Width - RegressorOffset);
        return precision;
    }

    /// <summary>Weight of |θᵢ| in the negative log posterior: 1/τ on the deltas (Laplace(0, τ)), 0 elsewhere.</summary>
    public double[] LaplaceWeights(ForecastOptions options)
    {
        var weights = new double[Width];
        Array.Fill(weights, 1 / options.ChangepointPriorScale, ChangepointOffset, ChangepointTimes.Length);
        return weights;
    }

    /// <summary>
    /// Prophet's <c>set_changepoints</c>: <c>round(linspace(0, h − 1, S + 1))</c> over the first h = ⌊n·range⌋ rows,
    /// dropping the first, with S cut to h − 1 when the history is short.
    /// </summary>
    internal static double[] ChangepointTimesOf(IReadOnlyList<DateTime> dates, ForecastOptions options, DateTime start, double spanDays)
    {
        var historySize = (int)Math.Floor(dates.Count * options.ChangepointRange);
        var count = Math.Min(options.Changepoints, historySize - 1);
        if (count <= 0)
        {
            return [];
        }

        var times = new double[count];
        var step = (historySize - 1) / (double)count;
        for (var j = 1; j <= count; j++)
        {
            // numpy's linspace ends exactly on its stop and numpy rounds halves to even.
            var position = j == count ? historySize - 1 : j * step;
            var row = (int)Math.Round(position, MidpointRounding.ToEven);
            times[j - 1] = (dates[row] - start).TotalDays / spanDays;
        }

        return times;
    }

    /// <summary>Prophet's 'auto' rule: weekly terms need two weeks of history sampled more often than weekly.</summary>
    private static bool WeeklyEnabled(IReadOnlyList<DateTime> dates, double spanDays)
    {
        var smallestGap = double.MaxValue;
        for (var i = 1; i < dates.Count; i++)
        {
            smallestGap = Math.Min(smallestGap, (dates[i] - dates[i - 1]).TotalDays);
        }

        return spanDays >= 14 && smallestGap < 7;
    }

    private static double Square(double value) => value * value;
}
