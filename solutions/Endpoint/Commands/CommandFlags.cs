namespace Solutions.Endpoint.Commands;

/// <summary>Lets on/off options be given bare (<c>--train-missing</c>), as the shared parser wants a value after every option.</summary>
public static class CommandFlags
{
    /// <summary>Rewrites each bare <c>--flag</c> (not followed by true/false) as <c>--flag=true</c>.</summary>
    public static string[] Expand(string[] args, params string[] flags)
    {
        var expanded = new List<string>(args.Length);
        for (var i = 0; i < args.Length; i++)
        {
            var isFlag = flags.Any(flag => args[i] == "--" + flag);
            var hasValue = i + 1 < args.Length && args[i + 1] is "true" or "false";
            expanded.Add(isFlag && !hasValue ? args[i] + "=true" : args[i]);
        }
        return [.. expanded];
    }
}
