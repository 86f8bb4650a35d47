using System.Globalization;

namespace Solutions.Shared.Modeling.Cli;

/// <summary>The options given to one command, checked against what it accepts.</summary>
public sealed class CommandArguments
{
    /// <summary>The seed used when <c>--seed</c> is not given.</summary>
    public const int DefaultSeed = 42;

    private readonly Dictionary<string, string> _values;

    private CommandArguments(string command, Dictionary<string, string> values)
    {
        Command = command;
        _values = values;
    }

    public string Command { get; }

    /// <summary>Parses <c>--name value</c> pairs (or <c>--name=value</c>) for a command accepting <paramref name="options"/>.</summary>
    public static CommandArguments Parse(string command, IReadOnlyList<string> args, IReadOnlyList<CommandOption> options)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                throw new CommandLineException($"'{command}': unexpected argument '{arg}'; options look like --name VALUE.");
            }
            var name = arg[2..];
            string? value = null;
            var equals = name.IndexOf('=');
            if (equals >= 0)
            {
                value = name[(equals + 1)..];
                name = name[..equals];
            }
            if (!options.Any(o => o.Name == name))
            {
                var known = options.Count == 0 ? "none" : string.Join(", ", options.Select(o => "--" + o.Name));
                throw new CommandLineException($"'{command}' has no option --{name} (it accepts: {known}).");
            }
            if (value is null)
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    throw new CommandLineException($"'{command}': option --{name} needs a value.");
                }
                value = args[++i];
            }
            if (value.Length == 0)
            {
                // "--out=" would otherwise reach Path.GetFullPath("") and fail far from the command line.
                throw new CommandLineException($"'{command}': option --{name} needs a value.");
            }
            if (!values.TryAdd(name, value))
            {
                throw new CommandLineException($"'{command}': option --{name} is given twice.");
            }
        }
        foreach (var option in options.Where(o => o.Required && !values.ContainsKey(o.Name)))
        {
            throw new CommandLineException($"'{command}' needs --{option.Name} {option.ValueName} ({option.Description}).");
        }
        return new CommandArguments(command, values);
    }

    public string? Get(string name) => _values.GetValueOrDefault(name);

    /// <summary>The value of a required option (enforced by <see cref="Parse"/>).</summary>
    public string Required(string name) =>
        _values.TryGetValue(name, out var value) ? value : throw new CommandLineException($"'{Command}' needs --{name}.");

    public int GetInt(string name, int defaultValue)
    {
        if (!_values.TryGetValue(name, out var text))
        {
            return defaultValue;
        }
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new CommandLineException($"'{Command}': --{name} must be a whole number, not '{text}'.");
    }

    /// <summary>The <c>--seed</c> value, or <see cref="DefaultSeed"/>.</summary>
    public int Seed => GetInt("seed", DefaultSeed);

    /// <summary>
    /// An input-file option that may also name a folder (<c>--data FILE|DIR</c>): a folder means the file
    /// <paramref name="fileNameInFolder"/> inside it. The file must exist.
    /// </summary>
    public string GetInputFile(string name, string fileNameInFolder, Func<string> defaultPath)
    {
        var path = GetPath(name, defaultPath);
        if (Directory.Exists(path))
        {
            var inside = Path.Combine(path, fileNameInFolder);
            return File.Exists(inside)
                ? inside
                : throw new FileNotFoundException($"--{name} names the folder '{path}', which has no {fileNameInFolder}.", inside);
        }
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"--{name}: the file '{path}' does not exist.", path);
    }

    /// <summary>A path option made absolute, or <paramref name="defaultPath"/> when absent.</summary>
    public string GetPath(string name, Func<string> defaultPath) =>
        Path.GetFullPath(_values.TryGetValue(name, out var value) ? value : defaultPath());
}
