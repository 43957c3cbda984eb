using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Numerics.PowerLaw;

/// <summary>
/// Continuous power-law fit with xmin chosen by the minimal KS distance (Clauset, Shalizi and Newman 2009, §3.3),
/// in the public tool's conventions (catalogue mahoney-rmt-htsr.md §6): data ≤ 1e-5 dropped; candidates are the
/// distinct data values except the largest; for each, α(xmin) = 1 + n/Σ_{x≥xmin} ln(x/xmin) with n counting xmin
/// itself; D(xmin) = max_j |F(x_(j)) − j/n| (empirical CDF strictly below); D = 1 when α ≤ 1; the first minimum wins.
/// <para>
/// The tool evaluates every candidate's distance on its whole tail, O(n²). Here every candidate first gets a lower
/// bound (the same maximum over ≈ 64 strided tail points, O(n) in all); then, in increasing order of the bound, the
/// bound again with the data points where the exact distances found so far were attained (neighbouring candidates
/// peak at nearly the same data), a finer bound (≈ 1024 points) and, where that can still win, the exact distance,
/// until the next bound exceeds the best distance found: a candidate skipped has
/// D ≥ bound &gt; best, so the answer (including the first-minimum tie rule) is the exhaustive scan's.
/// </para>
/// </summary>
public static class ClausetFitter
{
    private const int CoarsePoints = 64;
    private const int FinePoints = 1024;
    private const int HotIndices = 32;
    // The bound and the exact distance evaluate the same expressions; the slack absorbs any last-bit difference.
    private const double BoundSlack = 1e-12;

    /// <summary>Fits <paramref name="values"/> (any order; not modified). Throws when fewer than 2 values remain after the threshold.</summary>
    public static PowerLawFit Fit(ReadOnlySpan<double> values, PowerLawFitOptions? options = null) =>
        TryFit(values, options, out var fit, out var why) ? fit! : throw new ArgumentException(why);

    /// <summary>As <see cref="Fit"/>, returning false with the reason instead of throwing for data that cannot be fitted.</summary>
    public static bool TryFit(ReadOnlySpan<double> values, PowerLawFitOptions? options, out PowerLawFit? fit, out string? why)
    {
        var o = options ?? PowerLawFitOptions.Default;
        fit = null;
        why = Validate(o);
        if (why is not null) return false;
        var kept = new List<double>(values.Length);
        foreach (var v in values)
        {
            if (!double.IsFinite(v)) { why = $"the data contain {v}: every value must be finite"; return false; }
            if (v > o.Threshold && v > 0 && (o.Xmax is not double hi || v <= hi)) kept.Add(v);
        }
        var x = kept.ToArray();
        Array.Sort(x);
        if (o.Xmin is double fixedXmin)
        {
            var start = Array.FindIndex(x, v => v >= fixedXmin);
            if (start < 0)
            {
                why = $"no data at or above xmin = {fixedXmin}";
                return false;
            }
            fit = FitFixed(x, start, fixedXmin, o.Xmax);
            if (!double.IsFinite(fit.Alpha)) { why = $"all {fit.NTail} tail values equal xmin: the exponent is unbounded"; fit = null; return false; }
            return true;
        }
        if (x.Length < 2 || x[0] == x[^1])
        {
            why = $"a power-law fit needs at least 2 distinct values above {o.Threshold}, got {x.Length}";
            return false;
        }
        fit = Scan(x, o);
        return true;
    }

    private static string? Validate(PowerLawFitOptions o)
    {
        if (!(o.Threshold >= 0)) return $"threshold = {o.Threshold}: must be >= 0";
        if (o.Xmin is double lo && !(lo > 0 && double.IsFinite(lo))) return $"xmin = {lo}: must be a finite value > 0";
        if (o.Xmax is double hi && !(hi > 0 && double.IsFinite(hi))) return $"xmax = {hi}: must be a finite value > 0";
        if (o.Xmin is double a && o.Xmax is double b && !(b > a)) return $"xmax = {b} must exceed xmin = {a}";
        return null;
    }

    /// <summary>MLE and distances with xmin given: the tail is x[start..] (all ≥ xmin).</summary>
    private static PowerLawFit FitFixed(double[] x, int start, double xmin, double? xmax)
    {
        var data = new PowerLawDistance.SortedData(x);
        var n = x.Length - start;
        var logXmin = PortableMath.Log(xmin);
        double sum = 0;
        for (var i = start; i < x.Length; i++) sum += data.Logs[i] - logXmin;
        var range = PowerLawDistance.LogRange(xmin, xmax);
        var alpha = PowerLawMle.Exponent(sum / n, range);
        if (!double.IsFinite(alpha)) return new PowerLawFit(alpha, xmin, xmax, 1, 1, n, x.Length, double.NaN, 0, 0);
        var d = data.Tool(start, logXmin, alpha, range);
        var ds = data.Standard(start, logXmin, alpha, range);
        return new PowerLawFit(alpha, xmin, xmax, d, ds, n, x.Length, PowerLawMle.StandardError(alpha, n, range), 0, 1);
    }

    /// <summary>The xmin scan over the sorted data <paramref name="x"/> (at least two distinct values).</summary>
    private static PowerLawFit Scan(double[] x, PowerLawFitOptions o)
    {
        var n = x.Length;
        var data = new PowerLawDistance.SortedData(x);
        var logs = data.Logs;
        var logXmax = o.Xmax is double hi ? PortableMath.Log(hi) : (double?)null;

        // Suffix sums of ln x with Neumaier compensation: T(k) = Σ_{i≥k} ln x_i − (n−k) ln x_k cancels heavily when
        // the tail is narrow, so the sum is carried in two parts and the product subtracted with one rounding (FMA).
        var sumHi = new double[n + 1];
        var sumLo = new double[n + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            var s = sumHi[i + 1];
            var t = s + logs[i];
            sumLo[i] = sumLo[i + 1] + (Math.Abs(s) >= Math.Abs(logs[i]) ? s - t + logs[i] : logs[i] - t + s);
            sumHi[i] = t;
        }

        var candidates = new List<int>();
        for (var k = 0; k < n; k++)
            if (data.IsFirst(k) && x[k] < x[n - 1]) candidates.Add(k);
        var count = candidates.Count;
        var alphas = new double[count];
        var distances = new double[count];
        for (var c = 0; c < count; c++)
        {
            var k = candidates[c];
            var tail = n - k;
            var t = Math.FusedMultiplyAdd(-tail, logs[k], sumHi[k]) + sumLo[k];
            alphas[c] = PowerLawMle.Exponent(Math.Max(t, 0) / tail, logXmax - logs[k]);
            distances[c] = double.NaN; // not evaluated
        }

        var exact = 0;
        if (o.Scan == XminScan.Exhaustive)
        {
            for (var c = 0; c < count; c++, exact++) distances[c] = Distance(c);
        }
        else
        {
            // Coarse lower bounds for all, then in increasing order of the bound: a finer bound, then the exact
            // distance, while the bound does not exceed the best distance found.
            var bounds = new double[count];
            var order = new int[count];
            for (var c = 0; c < count; c++)
            {
                order[c] = c;
                bounds[c] = Bound(c, CoarsePoints);
            }
            Array.Sort(bounds.ToArray(), order); // stable enough: ties in the bound are all evaluated below
            // Where the exact distances of earlier candidates were attained: neighbouring candidates' deviation curves
            // peak at nearly the same data, so adding these indices makes the fine bound nearly exact.
            var hot = new int[HotIndices];
            var hotCount = 0;
            var best = double.PositiveInfinity;
            foreach (var c in order)
            {
                if (bounds[c] > best) break;
                if (hotCount > 0 && Bound(c, CoarsePoints, hot.AsSpan(0, hotCount)) > best) continue;
                if (Bound(c, FinePoints, hot.AsSpan(0, hotCount)) > best) continue;
                distances[c] = Distance(c);
                exact++;
                best = Math.Min(best, distances[c]);
                hot[hotCount < HotIndices ? hotCount++ : exact % HotIndices] = data.LastArgMax;
            }
        }

        // First minimum over the candidates in ascending xmin (the ones not evaluated are known to lose).
        var bestIndex = -1;
        for (var c = 0; c < count; c++)
            if (!double.IsNaN(distances[c]) && (bestIndex < 0 || distances[c] < distances[bestIndex])) bestIndex = c;
        var kBest = candidates[bestIndex];
        var alpha = alphas[bestIndex];
        var tailBest = n - kBest;
        var range = logXmax - logs[kBest];
        var dStandard = Admissible(alpha) ? data.Standard(kBest, logs[kBest], alpha, range) : 1;
        return new PowerLawFit(alpha, x[kBest], o.Xmax, distances[bestIndex], dStandard, tailBest, n,
            PowerLawMle.StandardError(alpha, tailBest, range), count, exact);

        double Distance(int c)
        {
            var k = candidates[c];
            return Admissible(alphas[c]) ? data.Tool(k, logs[k], alphas[c], logXmax - logs[k]) : 1;
        }

        double Bound(int c, int points, ReadOnlySpan<int> extra = default)
        {
            var k = candidates[c];
            return Admissible(alphas[c]) ? data.ToolLowerBound(k, logs[k], alphas[c], logXmax - logs[k], points, extra) - BoundSlack : 1;
        }
    }

    /// <summary>The tool sets D = 1 when α ≤ 1 (no normalisable tail without xmax); also for a non-finite α.</summary>
    private static bool Admissible(double alpha) => alpha > 1 && double.IsFinite(alpha);
}
