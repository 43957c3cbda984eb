using System.Numerics.Tensors;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Numerics.PowerLaw;

/// <summary>
/// Kolmogorov–Smirnov distances between the tail of sorted data and a fitted power law
/// F(x) = (1 − (x/xmin)^(1−α)) / (1 − (xmax/xmin)^(1−α)) (denominator 1 without xmax).
/// <list type="bullet">
/// <item><b>Tool convention</b> (catalogue mahoney-rmt-htsr.md §6; the public tools compare F with the empirical CDF
/// "fraction strictly below", j/n, at each tail point): D = max_j |F(x_(j)) − j/n|. One-sided on the grid: the step
/// up to (j+1)/n is never looked at.</item>
/// <item><b>Standard</b> two-sided distance: max_j max(F(x_(j)) − j/n, (j+1)/n − F(x_(j))).</item>
/// </list>
/// Tied values share one empirical CDF value (the fraction strictly below the value, or at or below it).
/// </summary>
public static class PowerLawDistance
{
    /// <summary>The tool's distance of the sorted tail (every value ≥ xmin, ≤ xmax) to the power law (α, xmin, xmax).</summary>
    public static double Tool(ReadOnlySpan<double> sortedTail, double xmin, double alpha, double? xmax = null) =>
        new SortedData(sortedTail).Tool(0, PortableMath.Log(xmin), alpha, LogRange(xmin, xmax));

    /// <summary>The standard two-sided distance of the sorted tail to the power law (α, xmin, xmax).</summary>
    public static double Standard(ReadOnlySpan<double> sortedTail, double xmin, double alpha, double? xmax = null) =>
        new SortedData(sortedTail).Standard(0, PortableMath.Log(xmin), alpha, LogRange(xmin, xmax));

    /// <summary>ln(xmax/xmin), or null without xmax.</summary>
    internal static double? LogRange(double xmin, double? xmax) => xmax is double hi ? PortableMath.Log(hi) - PortableMath.Log(xmin) : null;

    /// <summary>
    /// Sorted data with their logs and tie structure, and scratch space: the distances of any tail x[k..] without
    /// allocating. Vectorised (TensorPrimitives): a distance costs a few passes over the tail.
    /// </summary>
    internal sealed class SortedData
    {
        private readonly double[] _first;   // index of the first value equal to x_i (as a double, for vector arithmetic)
        private readonly int[] _last;       // index of the last value equal to x_i
        private readonly double[] _a, _b;   // scratch
        private double[] _gatheredLogs = [], _gatheredFirst = [];

        public SortedData(ReadOnlySpan<double> sorted)
        {
            var n = sorted.Length;
            Logs = new double[n];
            _first = new double[n];
            _last = new int[n];
            for (var i = 0; i < n; i++)
            {
                Logs[i] = PortableMath.Log(sorted[i]);
                _first[i] = i > 0 && sorted[i] == sorted[i - 1] ? _first[i - 1] : i;
            }
            for (var i = n - 1; i >= 0; i--) _last[i] = i < n - 1 && sorted[i] == sorted[i + 1] ? _last[i + 1] : i;
            _a = new double[n];
            _b = new double[n];
        }

        public double[] Logs { get; }

        public int Count => Logs.Length;

        /// <summary>True when x_k is the first of its value (a distinct candidate).</summary>
        public bool IsFirst(int k) => _first[k] == k;

        /// <summary>The tool's distance of the tail x[k..] (F measured from ln xmin = <paramref name="logXmin"/>).</summary>
        public double Tool(int k, double logXmin, double alpha, double? logRange)
        {
            var n = Count - k;
            var (d, at) = MaxDeviation(Logs.AsSpan(k, n), _first.AsSpan(k, n), k, n, logXmin, alpha, logRange, _a.AsSpan(0, n), _b.AsSpan(0, n));
            LastArgMax = k + at;
            return d;
        }

        /// <summary>The data index where the last <see cref="Tool"/> distance was attained.</summary>
        public int LastArgMax { get; private set; }

        /// <summary>
        /// A lower bound of <see cref="Tool"/>: the same deviations at about <paramref name="points"/> evenly strided
        /// tail points (the last included) and at the given extra data indices (those ≥ k; e.g. where the distances of
        /// neighbouring candidates were attained); deviations elsewhere can only raise the maximum.
        /// </summary>
        public double ToolLowerBound(int k, double logXmin, double alpha, double? logRange, int points, ReadOnlySpan<int> extra = default)
        {
            var n = Count - k;
            if (n <= points) return Tool(k, logXmin, alpha, logRange);
            var stride = (n + points - 1) / points;
            if (_gatheredLogs.Length < points + 1 + extra.Length)
            {
                _gatheredLogs = new double[points + 1 + extra.Length];
                _gatheredFirst = new double[points + 1 + extra.Length];
            }
            var count = 0;
            for (var j = 0; j < n; j += stride, count++)
            {
                _gatheredLogs[count] = Logs[k + j];
                _gatheredFirst[count] = _first[k + j];
            }
            if ((count - 1) * stride != n - 1)
            {
                _gatheredLogs[count] = Logs[Count - 1];
                _gatheredFirst[count] = _first[Count - 1];
                count++;
            }
            foreach (var i in extra)
            {
                if (i < k || i >= Count) continue;
                _gatheredLogs[count] = Logs[i];
                _gatheredFirst[count] = _first[i];
                count++;
            }
            return MaxDeviation(_gatheredLogs.AsSpan(0, count), _gatheredFirst.AsSpan(0, count), k, n, logXmin, alpha, logRange,
                _a.AsSpan(0, count), _b.AsSpan(0, count)).Max;
        }

        /// <summary>The standard two-sided distance of the tail x[k..].</summary>
        public double Standard(int k, double logXmin, double alpha, double? logRange)
        {
            var n = Count - k;
            var cdf = _a.AsSpan(0, n);
            Cdf(Logs.AsSpan(k, n), logXmin, alpha, logRange, cdf);
            var inv = 1.0 / n;
            double d = 0;
            for (var j = 0; j < n; j++)
            {
                var below = (_first[k + j] - k) * inv;
                var atOrBelow = (_last[k + j] - k + 1) * inv;
                d = Math.Max(d, Math.Max(cdf[j] - below, atOrBelow - cdf[j]));
            }
            return d;
        }

        /// <summary>
        /// max_j |F(x_j) − (first_j − k)/n| over the given logs and first-indices, in vector passes.
        /// </summary>
        private static (double Max, int At) MaxDeviation(ReadOnlySpan<double> logs, ReadOnlySpan<double> first, int k, int n, double logXmin,
            double alpha, double? logRange, Span<double> e, Span<double> t)
        {
            var inv = 1.0 / n;
            Cdf(logs, logXmin, alpha, logRange, e);  // e = F
            TensorPrimitives.Multiply(first, inv, t);
            TensorPrimitives.Subtract(e, t, e);      // F − first·inv
            TensorPrimitives.Add(e, k * inv, e);     // + k·inv = F − E
            var at = Kernels.MaxMagnitude.IndexOf(e); // exact comparisons: hardware-independent
            return (Math.Abs(e[at]), at);
        }

        /// <summary>
        /// F at the given logs into <paramref name="destination"/>: (1 − e^(−a u))/(1 − e^(−a L)), u = ln x − ln xmin,
        /// a = α − 1.
        /// </summary>
        private static void Cdf(ReadOnlySpan<double> logs, double logXmin, double alpha, double? logRange, Span<double> destination)
        {
            var a = alpha - 1;
            TensorPrimitives.Subtract(logs, logXmin, destination);
            if (a == 0)
            {
                // Only reachable with xmax (α̂ = 1 exactly): the density ∝ 1/x on [xmin, xmax], F = u/L.
                TensorPrimitives.Multiply(destination, 1 / logRange!.Value, destination);
                return;
            }
            TensorPrimitives.Multiply(destination, -a, destination);
            PortableMath.Exp(destination, destination); // scalar portable exp: TensorPrimitives.Exp's bits vary with the ISA
            TensorPrimitives.Subtract(1.0, destination, destination);
            var norm = logRange is double l ? 1 / -Special.Elementary.ExpM1(-a * l) : 1;
            if (norm != 1) TensorPrimitives.Multiply(destination, norm, destination);
        }
    }
}
