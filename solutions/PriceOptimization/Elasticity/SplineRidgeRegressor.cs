namespace Solutions.PriceOptimization.Elasticity;

/// <summary>
/// A smooth nuisance learner: ridge regression on an additive spline basis of the controls, fitted per product.
/// Demand and pricing respond smoothly to time, season and the covariates, and at a thousand days per product a
/// penalised spline learns such curves with far less regularization bias than trees, whose step functions
/// flatten every slope. The basis: natural cubic splines of time, temperature, the competitor's price and
/// marketing; day-of-week dummies; yearly Fourier terms of order 3; holiday and promotion flags; and the
/// covariate splines again within weekends and within promotions, since a day's type changes how shoppers
/// respond to weather, competitors and advertising (holidays are too few, about ten a year, to fit such curves).
/// </summary>
internal sealed class SplineRidgeRegressor(bool pooled) : INuisanceModel
{
    private const int TimeKnots = 20;
    private const int CovariateKnots = 5;
    private const int YearlyOrder = 3;

    public double[] FitPredict(float[][] features, double[] target, IReadOnlyList<int> train, IReadOnlyList<int> test)
    {
        var predictions = new double[test.Count];
        var offset = pooled ? 1 : 0;
        foreach (var product in test.Select(i => ProductOf(features[i])).Distinct())
        {
            var trainRows = train.Where(i => ProductOf(features[i]) == product).ToArray();
            var testPositions = Enumerable.Range(0, test.Count).Where(k => ProductOf(features[test[k]]) == product).ToArray();
            var basis = new SplineBasis(trainRows.Select(i => features[i]).ToArray(), offset);
            var model = RidgeRegression.Fit([.. trainRows.Select(i => basis.Expand(features[i]))], [.. trainRows.Select(i => target[i])]);
            foreach (var k in testPositions)
            {
                predictions[k] = model.Predict(basis.Expand(features[test[k]]));
            }
        }
        return predictions;
    }

    private float ProductOf(float[] row) => pooled ? row[0] : 0;

    /// <summary>The basis with its knots placed on one fold's training rows.</summary>
    private sealed class SplineBasis
    {
        // Positions within a ControlFeatures row, after the product column when pooled.
        private const int Time = 0, DayOfWeek = 1, DayOfYear = 2, Holiday = 5, Promotion = 6, Temperature = 7, Competitor = 8, Marketing = 9;

        private readonly int _offset;
        private readonly NaturalCubicSpline _time;
        private readonly NaturalCubicSpline[] _covariates;
        private readonly int _covariateColumns;

        public SplineBasis(float[][] rows, int offset)
        {
            _offset = offset;
            _time = NaturalCubicSpline.AtQuantiles(rows.Select(r => (double)r[offset + Time]), TimeKnots);
            _covariates = [.. new[] { Temperature, Competitor, Marketing }
                .Select(c => NaturalCubicSpline.AtQuantiles(rows.Select(r => (double)r[offset + c]), CovariateKnots))];
            _covariateColumns = _covariates.Sum(s => s.Columns);
            Columns = _time.Columns + 6 + 2 * YearlyOrder + 2 + 3 * _covariateColumns;
        }

        public int Columns { get; }

        public double[] Expand(float[] row)
        {
            var columns = new double[Columns];
            var span = columns.AsSpan();
            _time.Write(row[_offset + Time], span);
            var at = _time.Columns;
            var dayOfWeek = (int)row[_offset + DayOfWeek];
            if (dayOfWeek > 0)
            {
                columns[at + dayOfWeek - 1] = 1;
            }
            at += 6;
            var angle = 2 * Math.PI * row[_offset + DayOfYear] / 365.25;
            for (var k = 1; k <= YearlyOrder; k++)
            {
                columns[at++] = Math.Sin(k * angle);
                columns[at++] = Math.Cos(k * angle);
            }
            var holiday = row[_offset + Holiday];
            var promotion = row[_offset + Promotion];
            columns[at++] = holiday;
            columns[at++] = promotion;
            var covariates = span.Slice(at, _covariateColumns);
            var c = 0;
            for (var s = 0; s < _covariates.Length; s++)
            {
                _covariates[s].Write(row[_offset + (s == 0 ? Temperature : s == 1 ? Competitor : Marketing)], covariates[c..]);
                c += _covariates[s].Columns;
            }
            at += _covariateColumns;
            double weekend = dayOfWeek >= 5 ? 1 : 0;
            foreach (var flag in new[] { weekend, promotion })
            {
                for (var j = 0; j < _covariateColumns; j++)
                {
                    columns[at++] = flag * covariates[j];
                }
            }
            return columns;
        }
    }
}
