using System.Collections;

namespace TheoryCheck.Engine.Checks;

/// <summary>
/// The quantities (<c>theory.NAME</c>, <c>experiment.NAME</c>) a check definition reads, found in its properties (and in
/// the records they hold) so that every check kind, built in or added later, is covered without declaring them twice.
/// </summary>
public static class CheckQuantities
{
    /// <summary>The quantities <paramref name="check"/> reads, in declaration order, without repeats.</summary>
    public static IReadOnlyList<QuantityRef> Of(CheckDefinition check)
    {
        var found = new List<QuantityRef>();
        Walk(check, found, depth: 0);
        return found.Distinct().ToList();
    }

    private static void Walk(object? value, List<QuantityRef> found, int depth)
    {
        if (value is null || depth > 4) return;
        if (value is QuantityRef q)
        {
            found.Add(q);
            return;
        }
        if (value is string || value.GetType().IsPrimitive || value is Enum) return;
        if (value is IEnumerable items)
        {
            foreach (var item in items) Walk(item, found, depth + 1);
            return;
        }
        if (value.GetType().Namespace?.StartsWith("TheoryCheck.Engine.Checks", StringComparison.Ordinal) != true) return;
        foreach (var property in value.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0 && p.Name != "Checker"))
            Walk(property.GetValue(value), found, depth + 1);
    }
}
