namespace TheoryCheck.Engine.Checks;

/// <summary>Which summary of an experiment quantity over the seeds a check reads.</summary>
public enum Statistic { Mean, StandardError, StandardDeviation, Min, Max }

/// <summary>
/// A reference to a number at a point: <c>theory.NAME</c>, or <c>experiment.NAME</c> optionally followed by
/// <c>.mean</c> (default), <c>.se</c>, <c>.sd</c>, <c>.min</c>, <c>.max</c>.
/// </summary>
public sealed record QuantityRef(bool FromTheory, string Name, Statistic Statistic)
{
    private static readonly Dictionary<string, Statistic> Suffixes = new()
    {
        ["mean"] = Statistic.Mean, ["se"] = Statistic.StandardError, ["sd"] = Statistic.StandardDeviation,
        ["min"] = Statistic.Min, ["max"] = Statistic.Max,
    };

    /// <summary>Parses a reference; returns null and an explanation when the text is not one.</summary>
    public static QuantityRef? TryParse(string text, out string? error)
    {
        error = null;
        var dot = text.IndexOf('.');
        if (dot <= 0 || dot == text.Length - 1)
        {
            error = $"'{text}' is not a quantity: expected theory.NAME or experiment.NAME[.mean|.se|.sd|.min|.max]";
            return null;
        }
        var source = text[..dot];
        var rest = text[(dot + 1)..];
        if (source == "theory") return new QuantityRef(true, rest, Statistic.Mean);
        if (source != "experiment")
        {
            error = $"'{text}' is not a quantity: it must start with 'theory.' or 'experiment.'";
            return null;
        }
        var last = rest.LastIndexOf('.');
        if (last > 0 && Suffixes.TryGetValue(rest[(last + 1)..], out var stat))
            return new QuantityRef(false, rest[..last], stat);
        return new QuantityRef(false, rest, Statistic.Mean);
    }

    public override string ToString() => FromTheory
        ? "theory." + Name
        : "experiment." + Name + Statistic switch
        {
            Statistic.Mean => "",
            Statistic.StandardError => ".se",
            Statistic.StandardDeviation => ".sd",
            Statistic.Min => ".min",
            _ => ".max",
        };
}
