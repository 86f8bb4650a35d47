using System.Linq.Expressions;
using System.Reflection;

namespace Solutions.Shared.Data.Tabular;

/// <summary>One <see cref="CsvColumnAttribute"/> property of a row type, with its accessors compiled once.</summary>
internal abstract class ColumnBinding<T>(ColumnSpec spec, string expected)
{
    public ColumnSpec Spec { get; } = spec;

    /// <summary>A noun for what the column accepts, e.g. "number".</summary>
    public string Expected { get; } = expected;

    /// <summary>Parses <paramref name="text"/> into the row's property; returns null or the problem in words.</summary>
    public abstract string? TryAssign(T row, string text, CellParser parser);

    /// <summary>The property's value of <paramref name="row"/> as CSV text (unquoted).</summary>
    public abstract string Format(T row);

    public static ColumnBinding<T> Create<TValue>(PropertyInfo property, string name, CellCodec<TValue> codec)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var value = Expression.Parameter(typeof(TValue), "value");
        var member = Expression.Property(row, property);
        var set = Expression.Lambda<Action<T, TValue>>(Expression.Assign(member, value), row, value).Compile();
        var get = Expression.Lambda<Func<T, TValue>>(member, row).Compile();
        return new Typed<TValue>(new ColumnSpec(name, codec.Kind, Required: !codec.Optional), codec, set, get);
    }

    private sealed class Typed<TValue>(ColumnSpec spec, CellCodec<TValue> codec, Action<T, TValue> set, Func<T, TValue> get)
        : ColumnBinding<T>(spec, codec.Expected)
    {
        private readonly CellParse<TValue> _parse = codec.Parse;
        private readonly Func<TValue, string> _format = codec.Format;
        private readonly bool _isText = codec.Kind == ColumnKind.Text;
        private readonly bool _optional = codec.Optional;

        public override string? TryAssign(T row, string text, CellParser parser)
        {
            // Text keeps its spaces, so only an empty text value is missing; other kinds ignore padding.
            if (_isText ? text.Length == 0 : CellParser.IsBlank(text))
            {
                // A nullable property keeps its default (null) for an empty value.
                return _optional ? null : $"missing value (expected {Expected})";
            }
            var problem = _parse(parser, text, out var value);
            if (problem is null)
            {
                set(row, value);
            }
            return problem;
        }

        public override string Format(T row) => _format(get(row));
    }
}
