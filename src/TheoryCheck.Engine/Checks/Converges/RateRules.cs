using TheoryCheck.Engine.Specs;
using YamlDotNet.RepresentationModel;

namespace TheoryCheck.Engine.Checks;

/// <summary>
/// The fields that make a rate claim exclude its rivals: <c>rate</c> (the claimed exponent), <c>alternatives</c> (the
/// exponents a wrong theory would give) and <c>why</c>. A claimed interval wider than the gap from the claimed rate to the
/// nearest alternative cannot tell the two apart, so the loader refuses it unless <c>why</c> says why that is acceptable.
/// </summary>
internal static class RateRules
{
    public static (double? Rate, IReadOnlyList<double> Alternatives, string? Why) Read(
        YamlReader r, Dictionary<string, (YamlNode Key, YamlNode Value)> f, double low, double high)
    {
        double? rate = null;
        if (f.TryGetValue("rate", out var rateNode))
        {
            rate = r.Number(rateNode.Value, "converges.rate");
            if (rate is double v && (v < low || v > high))
                r.Fail(rateNode.Value, $"converges.rate {v} lies outside the claimed slope interval [{low}, {high}]");
        }
        var alternatives = new List<double>();
        if (f.TryGetValue("alternatives", out var altNode))
        {
            if (altNode.Value is not YamlSequenceNode { Children.Count: > 0 } seq)
                r.Fail(altNode.Value, "converges.alternatives must be a non-empty list of rates, e.g. [0, -0.5]");
            else
                foreach (var child in seq.Children)
                    if (r.Number(child, "converges.alternatives entry") is double a)
                    {
                        if (a >= low && a <= high)
                            r.Fail(child, $"alternative rate {a} lies inside the claimed slope interval [{low}, {high}]: the check could not exclude it");
                        alternatives.Add(a);
                    }
        }
        string? why = null;
        if (f.TryGetValue("why", out var whyNode))
        {
            why = r.Text(whyNode.Value, "converges.why");
            if (string.IsNullOrWhiteSpace(why)) r.Fail(whyNode.Value, "converges.why must say why the interval may be that wide");
        }
        if (alternatives.Count > 0 && why is null)
        {
            var centre = rate ?? (low + high) / 2;
            var gap = alternatives.Min(a => Math.Abs(a - centre));
            if (high - low > gap + 1e-12)
                r.Fail(f["slope"].Value, $"converges.slope [{low}, {high}] is {high - low:0.###} wide, wider than the gap {gap:0.###} from " +
                    $"{centre:0.###} to the nearest alternative: narrow it (more sizes or seeds) or say why in 'why:'");
        }
        return (rate, alternatives, why);
    }
}
