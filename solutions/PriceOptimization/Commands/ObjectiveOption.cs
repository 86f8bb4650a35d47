using Solutions.PriceOptimization.Simulation;
using Solutions.Shared.Modeling.Cli;

namespace Solutions.PriceOptimization.Commands;

/// <summary>The <c>--objective</c> option: revenue or profit.</summary>
internal static class ObjectiveOption
{
    public static PriceObjective Parse(CommandArguments arguments)
    {
        try
        {
            return PriceObjective.Parse(arguments.Get("objective") ?? "revenue");
        }
        catch (ArgumentException e)
        {
            throw new CommandLineException($"'{arguments.Command}': --objective: {e.Message.Split(" (Parameter")[0]}.");
        }
    }
}
