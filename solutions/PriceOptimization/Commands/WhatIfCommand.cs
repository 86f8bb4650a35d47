using System.Globalization;
using Solutions.PriceOptimization.Serving;
using Solutions.Shared.Modeling.Cli;

namespace Solutions.PriceOptimization.Commands;

/// <summary><c>whatif --model DIR --product P [--date D] [--prices "a;b;c"] [--objective NAME]</c>: the objective at each price.</summary>
public sealed class WhatIfCommand : ISolutionCommand
{
    public string Name => "whatif";

    public string Summary => "expected volume and objective at candidate prices for a product and day, and the best price";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        new("model", "DIR", "model bundle folder (e.g. artifacts/price/model)", Required: true),
        new("product", "NAME", "product to price", Required: true),
        new("date", "YYYY-MM-DD", "day to price (default: the first day after the history)"),
        new("prices", "LIST", "candidate prices, e.g. \"9.5;10;10.5\" (default: 41 prices over the historical range)"),
        new("objective", "NAME", "revenue (default) or profit"),
    ];

    public Task<int> ExecuteAsync(CommandArguments arguments, CancellationToken cancellationToken)
    {
        var (_, predictor) = PriceBundle.Load(arguments.Required("model"));
        var product = arguments.Required("product");
        var model = predictor.Models.FirstOrDefault(m => string.Equals(m.Product, product, StringComparison.OrdinalIgnoreCase))
            ?? throw new CommandLineException($"'whatif': --product '{product}' is not in the model (it has: {string.Join(", ", predictor.Models.Select(m => m.Product))}).");
        var date = model.FirstDate;
        if (arguments.Get("date") is { } text && !DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            throw new CommandLineException($"'whatif': --date must look like 2025-01-31, not '{text}'.");
        }
        IReadOnlyList<double>? prices;
        try
        {
            prices = arguments.Get("prices") is { } list ? PriceRequest.ParsePrices(list) : null;
        }
        catch (FormatException e)
        {
            throw new CommandLineException($"'whatif': --prices: {e.Message}.");
        }
        PriceOptimization.Simulation.PriceRecommendation recommendation;
        try
        {
            recommendation = predictor.Recommend(model.Product, date, prices, ObjectiveOption.Parse(arguments));
        }
        catch (ArgumentException e)
        {
            throw new CommandLineException($"'whatif': {e.Message.Split(" (Parameter")[0]}.");
        }
        Console.WriteLine($"{"price",10} {"volume",10} {recommendation.Objective,12}");
        foreach (var point in recommendation.Curve)
        {
            Console.WriteLine($"{point.Price,10:0.00} {point.ExpectedVolume,10:0.0} {point.ObjectiveValue,12:0.00}{(point.Price == recommendation.Price ? "  <- best" : "")}");
        }
        Console.WriteLine($"{recommendation.Product} on {recommendation.Date:yyyy-MM-dd}: price {recommendation.Price:0.00}, expected volume {recommendation.ExpectedVolume:0.0}, {recommendation.Objective} {recommendation.ObjectiveValue:0.00}");
        return Task.FromResult(0);
    }
}
