using TheoryCheck.Numerics.Statistics;
using TheoryCheck.Engine.Running;
using static TheoryCheck.Engine.Checks.Quantities;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Engine.Checks;

/// <summary>
/// The error shrinks with the size at the claimed rate: fitted log-log slope inside the claimed interval, with a
/// 95% interval no wider than the claimed one (else the ladder cannot tell), plus the optional final bound and
/// normalised band. Evaluated per series (or pooled).
/// </summary>
internal static class ConvergesCheck
{
    public static CheckResult Evaluate(ConvergesDefinition def, IReadOnlyList<PointResult> points)
    {
        var stats = new SortedDictionary<string, double>(StringComparer.Ordinal);
        var operands = new Dictionary<string, Golden.Operands>();
        var groups = def.Pooled
            ? [points.ToList()]
            : points.GroupBy(p => p.Point.SeriesKey).Select(g => g.ToList()).ToList();
        var failures = new List<string>();
        var passes = new List<string>();
        var fitted = new List<ConvergenceSeries>();
        foreach (var group in groups)
        {
            var label = def.Pooled || group[0].Point.SeriesKey.Length == 0 ? "" : $"[{group[0].Point.SeriesKey}] ";
            var bySize = group.GroupBy(p => p.Point.Size).OrderBy(g => g.Key).ToList();
            var sizes = new List<double>();
            var errors = new List<double>();
            var ses = new List<double>();
            var errorOperands = new List<Golden.Operands?>();
            foreach (var sizeGroup in bySize)
            {
                // Pooled: average the error over the series at each size (standard errors combined in quadrature).
                double e = 0, v = 0;
                var parts = new List<Golden.Operand>();
                var divisor = 0.0;
                foreach (var p in sizeGroup)
                {
                    var (err, se) = ErrorAt(def.Error, p);
                    e += err;
                    v += se * se;
                    if (OperandsAt(def.Error, p) is { } o) { parts.AddRange(o.Items); divisor = o.Divisor; }
                }
                var k = sizeGroup.Count();
                // The pooled error is a mean of k differences: its floor is the sum of theirs over k (one divisor when unpooled).
                errorOperands.Add(parts.Count > 0 ? new Golden.Operands(parts, k * (divisor > 0 ? divisor : 1)) : null);
                sizes.Add(sizeGroup.Key);
                errors.Add(e / k);
                ses.Add(Math.Sqrt(v) / k);
            }
            var key = label.Trim().Trim('[', ']');
            var prefix = key.Length == 0 ? "" : key + " ";
            for (var i = 0; i < sizes.Count; i++)
            {
                stats[$"{prefix}error@{sizes[i]}"] = errors[i];
                if (errorOperands[i] is { } o) operands[$"{prefix}error@{sizes[i]}"] = o;
            }
            var zero = errors.FindIndex(e => !(e > 0) || !double.IsFinite(e));
            if (zero >= 0)
                throw new CheckException($"{label}error is {errors[zero]} at size {sizes[zero]}: a log-log slope needs positive errors");
            var fit = LogLogFit.Fit(sizes, errors, ses);
            fitted.Add(new ConvergenceSeries(key, sizes, errors, ses, fit));
            stats[prefix + "slope"] = fit.Slope;
            stats[prefix + "slope-ci-half-width"] = fit.HalfWidth;
            var text = $"{label}slope {F(fit.Slope)} (95% CI {F(fit.Low)} to {F(fit.High)})";
            var ok = true;
            if (fit.Slope < def.SlopeLow || fit.Slope > def.SlopeHigh)
            {
                ok = false;
                text += $" outside claimed [{F(def.SlopeLow)}, {F(def.SlopeHigh)}]";
            }
            else if (2 * fit.HalfWidth > def.SlopeHigh - def.SlopeLow)
            {
                ok = false;
                text += $" inside claimed [{F(def.SlopeLow)}, {F(def.SlopeHigh)}] but the interval is wider than the claim: the ladder cannot decide (more seeds or sizes)";
            }
            else text += $" within claimed [{F(def.SlopeLow)}, {F(def.SlopeHigh)}]";
            // A rate claim must also tell the claimed rate from its rivals: the 95% interval holds it and none of them.
            if (def.Rate is double rate && (rate < fit.Low || rate > fit.High))
            {
                ok = false;
                text += $"; the 95% CI excludes the claimed rate {F(rate)}";
            }
            var undecided = def.Alternatives.Where(a => a >= fit.Low && a <= fit.High).ToList();
            if (undecided.Count > 0)
            {
                ok = false;
                text += $"; the 95% CI cannot exclude the alternative rate {string.Join(", ", undecided.Select(F))}";
            }
            else if (def.Alternatives.Count > 0) text += $"; excludes the alternatives {string.Join(", ", def.Alternatives.Select(F))}";
            if (def.Final is double bound)
            {
                var last = errors[^1];
                if (last > bound) { ok = false; text += $"; error at {sizes[^1]} is {F(last)} > {F(bound)}"; }
                else text += $"; error at {sizes[^1]} is {F(last)} <= {F(bound)}";
            }
            if (def.Band is { } band)
            {
                var scaled = sizes.Select((s, i) => PortableMath.Pow(s, band.Power) * errors[i]).ToList();
                stats[prefix + "band-min"] = scaled.Min();
                stats[prefix + "band-max"] = scaled.Max();
                var outside = scaled.Select((v, i) => (v, i)).Where(t => t.v < band.Min || t.v > band.Max).ToList();
                var range = $"size^{F(band.Power)}*error {F(scaled.Min())}..{F(scaled.Max())}";
                if (outside.Count > 0)
                {
                    ok = false;
                    text += $"; {range} leaves [{F(band.Min)}, {F(band.Max)}] at size {string.Join(", ", outside.Select(t => sizes[t.i]))}";
                }
                else text += $"; {range} within [{F(band.Min)}, {F(band.Max)}]";
            }
            fitted[^1] = fitted[^1] with { Passed = ok };
            (ok ? passes : failures).Add(text);
        }
        return failures.Count > 0
            ? new CheckResult(def, Verdict.Fail, string.Join("; ", failures), stats) { Convergence = fitted, Operands = operands }
            : new CheckResult(def, Verdict.Pass, string.Join("; ", passes), stats) { Convergence = fitted, Operands = operands };
    }

    /// <summary>The operands of the error at one point when it is a difference (experiment − theory); the relative kind divides by |theory|.</summary>
    private static Golden.Operands? OperandsAt(ErrorDefinition def, PointResult p)
    {
        if (def.Theory is null) return null;
        var (value, _) = Read(p, def.Quantity);
        var (theory, _) = Read(p, def.Theory);
        return new Golden.Operands([new(def.Quantity, value), new(def.Theory, theory)],
            def.Kind == ErrorKind.Relative ? Math.Abs(theory) : 1);
    }

    private static (double Error, double StandardError) ErrorAt(ErrorDefinition def, PointResult p)
    {
        var (value, se) = Read(p, def.Quantity);
        if (def.Theory is null) return (value, se);
        var (theory, _) = Read(p, def.Theory);
        var diff = Math.Abs(value - theory);
        return def.Kind == ErrorKind.Relative ? (diff / Math.Abs(theory), se / Math.Abs(theory)) : (diff, se);
    }
}
