using TheoryCheck.Engine.Checks;
using TheoryCheck.Engine.Golden;
using YamlDotNet.RepresentationModel;

namespace TheoryCheck.Engine.Specs;

/// <summary>Reads tolerances (of an <c>agrees</c> check and of <c>golden:</c>), reporting each problem at its line. Each check kind reads its own definition (<see cref="ICheckKind"/>).</summary>
internal static class CheckReader
{
    public static Tolerance? Tolerance(YamlReader r, YamlNode node, string what)
    {
        var f = r.Fields(node, what, ["abs", "rel", "scale", "ulps", "stat"]);
        if (node is not YamlMappingNode) return null;
        double? Read(string key)
        {
            if (!f.TryGetValue(key, out var kv)) return null;
            var v = r.Number(kv.Value, $"{what}.{key}");
            if (v is double d && (d <= 0 || !double.IsFinite(d)))
            {
                r.Fail(kv.Value, $"{what}.{key} must be a finite number > 0, got {d}");
                return null;
            }
            return v;
        }
        var tol = new Tolerance(Read("abs"), Read("rel"), Read("scale"), Read("ulps"), Read("stat"));
        if (tol.IsEmpty && f.Count == 0)
        {
            r.Fail(node, $"{what} needs at least one of abs, rel, ulps, stat");
            return null;
        }
        if (tol.Scale is not null && tol.Rel is null) r.Fail(node, $"{what}.scale only makes sense with rel");
        return tol.IsEmpty ? null : tol;
    }
}
