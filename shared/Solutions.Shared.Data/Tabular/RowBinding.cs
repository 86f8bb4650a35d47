using System.Reflection;

namespace Solutions.Shared.Data.Tabular;

/// <summary>
/// The <see cref="CsvColumnAttribute"/> properties of <typeparamref name="T"/>, found and compiled once per type,
/// so loading and writing touch no reflection per cell.
/// </summary>
internal static class RowBinding<T>
{
    private static readonly Lazy<IReadOnlyList<ColumnBinding<T>>> LazyColumns = new(Bind);

    public static IReadOnlyList<ColumnBinding<T>> Columns => LazyColumns.Value;

    public static TabularSchema Schema => new([.. Columns.Select(c => c.Spec)]);

    private static IReadOnlyList<ColumnBinding<T>> Bind()
    {
        var type = typeof(T);
        var nullability = new NullabilityInfoContext();
        var bindings = new List<ColumnBinding<T>>();
        foreach (var property in DeclarationOrder(type))
        {
            var attribute = property.GetCustomAttribute<CsvColumnAttribute>(inherit: true);
            if (attribute is null)
            {
                continue;
            }
            var where = $"Row type {type.Name}, property {property.Name} ([CsvColumn(\"{attribute.Name}\")])";
            if (string.IsNullOrWhiteSpace(attribute.Name))
            {
                throw new InvalidOperationException($"{where}: the column name is empty.");
            }
            if (property.SetMethod is not { IsPublic: true } || property.GetMethod is not { IsPublic: true })
            {
                throw new InvalidOperationException($"{where}: needs a public getter and a public setter (or init).");
            }
            var name = attribute.Name.Trim();
            if (bindings.Find(b => string.Equals(b.Spec.Name, name, StringComparison.OrdinalIgnoreCase)) is { } twin)
            {
                throw new InvalidOperationException($"{where}: the column '{twin.Spec.Name}' is mapped twice.");
            }
            var nullableText = nullability.Create(property).WriteState == NullabilityState.Nullable;
            bindings.Add(Create(property, name, nullableText) ?? throw new InvalidOperationException(
                $"{where}: type {property.PropertyType.Name} is not supported; use double, float, decimal, int, " +
                "long, bool, string or DateTime, or a nullable one of these for an optional column."));
        }
        if (bindings.Count == 0)
        {
            throw new InvalidOperationException(
                $"Row type {type.Name} has no properties marked [CsvColumn(\"header name\")].");
        }
        return bindings;
    }

    private static ColumnBinding<T>? Create(PropertyInfo property, string name, bool nullableText)
    {
        var type = property.PropertyType;
        return type switch
        {
            _ when type == typeof(string) => ColumnBinding<T>.Create(property, name, CellCodecs.Text(nullableText)),
            _ when type == typeof(double) => ColumnBinding<T>.Create(property, name, CellCodecs.Double),
            _ when type == typeof(double?) => ColumnBinding<T>.Create(property, name, CellCodecs.Nullable(CellCodecs.Double)),
            _ when type == typeof(float) => ColumnBinding<T>.Create(property, name, CellCodecs.Single),
            _ when type == typeof(float?) => ColumnBinding<T>.Create(property, name, CellCodecs.Nullable(CellCodecs.Single)),
            _ when type == typeof(decimal) => ColumnBinding<T>.Create(property, name, CellCodecs.Decimal),
            _ when type == typeof(decimal?) => ColumnBinding<T>.Create(property, name, CellCodecs.Nullable(CellCodecs.Decimal)),
            _ when type == typeof(int) => ColumnBinding<T>.Create(property, name, CellCodecs.Int32),
            _ when type == typeof(int?) => ColumnBinding<T>.Create(property, name, CellCodecs.Nullable(CellCodecs.Int32)),
            _ when type == typeof(long) => ColumnBinding<T>.Create(property, name, CellCodecs.Int64),
            _ when type == typeof(long?) => ColumnBinding<T>.Create(property, name, CellCodecs.Nullable(CellCodecs.Int64)),
            _ when type == typeof(bool) => ColumnBinding<T>.Create(property, name, CellCodecs.Boolean),
            _ when type == typeof(bool?) => ColumnBinding<T>.Create(property, name, CellCodecs.Nullable(CellCodecs.Boolean)),
            _ when type == typeof(DateTime) => ColumnBinding<T>.Create(property, name, CellCodecs.DateTime),
            _ when type == typeof(DateTime?) => ColumnBinding<T>.Create(property, name, CellCodecs.Nullable(CellCodecs.DateTime)),
            _ => null,
        };
    }

    // Reflection does not promise declaration order; metadata tokens give it within a type, base types first.
    private static IEnumerable<PropertyInfo> DeclarationOrder(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .OrderBy(p => Depth(p.DeclaringType!))
            .ThenBy(p => p.MetadataToken);

    private static int Depth(Type type)
    {
        var depth = 0;
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            depth++;
        }
        return depth;
    }
}
