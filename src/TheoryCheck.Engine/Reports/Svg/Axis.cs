using System.Globalization;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Engine.Reports.Svg;

/// <summary>A tick mark: its value, its label (null for an unlabelled minor tick), and whether it carries a grid line.</summary>
public sealed record Tick(double Value, string? Label, bool Major, int? Exponent = null);

/// <summary>
/// An axis: linear (ticks at 1, 2 or 5 × 10^k, about six of them) or logarithmic (ticks at the decades, labelled
/// 10^k, and minor ticks at 2..9 × 10^k; when the range holds fewer than two decades the minor ticks at 2 and 5 are
/// labelled too). Linear ranges get 4% margins (none below a range that starts at zero), log ranges are padded and
/// rounded outward to a whole mantissa, so that the data never touch the frame; whole-number data get whole-number ticks.
/// </summary>
public sealed class Axis
{
    private Axis(bool log, double min, double max, IReadOnlyList<Tick> ticks)
    {
        Log = log;
        Min = min;
        Max = max;
        Ticks = ticks;
    }

    public bool Log { get; }
    public double Min { get; }
    public double Max { get; }
    public IReadOnlyList<Tick> Ticks { get; }

    /// <summary>True when a value can be drawn on this axis (finite, and positive on a log axis).</summary>
    public bool CanShow(double v) => double.IsFinite(v) && (!Log || v > 0);

    /// <summary>Position of a value as a fraction of the axis length, 0 at <see cref="Min"/>, 1 at <see cref="Max"/>.</summary>
    public double Fraction(double v) => Log
        ? (PortableMath.Log10(v) - PortableMath.Log10(Min)) / (PortableMath.Log10(Max) - PortableMath.Log10(Min))
        : (v - Min) / (Max - Min);

    /// <summary>The axis that shows all these values (those a log axis cannot show are ignored).</summary>
    public static Axis Fit(IEnumerable<double> values, bool log)
    {
        var shown = values.Where(v => double.IsFinite(v) && (!log || v > 0)).ToList();
        if (shown.Count == 0) return log ? LogAxis(1, 10) : LinearAxis(0, 1, false);
        return log ? LogAxis(shown.Min(), shown.Max()) : LinearAxis(shown.Min(), shown.Max(), shown.All(v => v == Math.Round(v)));
    }

    private static Axis LinearAxis(double lo, double hi, bool integers)
    {
        if (hi - lo <= Math.Abs(hi) * 1e-12)
        {
            var half = lo == 0 ? 1 : Math.Abs(lo) * 0.1;
            (lo, hi) = (lo - half, hi + half);
        }
        // A non-negative range that (nearly) starts at zero (densities, histograms, errors) starts at zero.
        if (lo > 0 && lo < 0.1 * (hi - lo)) lo = 0;
        // 4% margins so that no point sits on the frame (none below a zero start); ticks at round values inside.
        var pad = 0.04 * (hi - lo);
        var (min, max) = (lo == 0 ? 0 : lo - pad, hi + pad);
        var step = NiceStep((hi - lo) / 6);
        if (integers) step = Math.Max(1, step);
        var decimals = Math.Max(0, -(int)Math.Floor(PortableMath.Log10(step) + 1e-9));
        var useExp = Math.Max(Math.Abs(min), Math.Abs(max)) >= 1e5 || decimals > 5;
        var ticks = new List<Tick>();
        for (var i = (long)Math.Ceiling(min / step - 1e-9); i * step <= max + step * 1e-9; i++)
        {
            var v = i * step;
            var label = useExp ? v.ToString("0.##e0", CultureInfo.InvariantCulture) : v.ToString("F" + decimals, CultureInfo.InvariantCulture);
            ticks.Add(new Tick(v, label.Replace('-', '−'), true));
        }
        return new Axis(false, min, max, ticks);
    }

    private static double NiceStep(double raw)
    {
        var mag = PortableMath.Pow(10, Math.Floor(PortableMath.Log10(raw)));
        var norm = raw / mag;
        return (norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10) * mag;
    }

    private static Axis LogAxis(double lo, double hi)
    {
        var l0 = PortableMath.Log10(lo);
        var l1 = PortableMath.Log10(hi);
        var pad = Math.Max(0.04 * (l1 - l0), 0.04);
        var min = RoundOut(PortableMath.Pow(10, l0 - pad), down: true);
        var max = RoundOut(PortableMath.Pow(10, l1 + pad), down: false);
        var d0 = (int)Math.Floor(PortableMath.Log10(min) + 1e-9);
        var d1 = (int)Math.Ceiling(PortableMath.Log10(max) - 1e-9);
        var decadesInside = Enumerable.Range(d0, d1 - d0 + 1).Count(d => Inside(PortableMath.Pow(10, d), min, max));
        // Many decades: label every second or third so the labels do not collide.
        var every = Math.Max(1, (int)Math.Ceiling(decadesInside / 8.0));
        var ticks = new List<Tick>();
        for (var d = d0; d <= d1; d++)
            for (var m = 1; m <= 9; m++)
            {
                var v = m * PortableMath.Pow(10, d);
                if (!Inside(v, min, max)) continue;
                if (m == 1 && decadesInside < 2) ticks.Add(new Tick(v, Plain(v), true));
                else if (m == 1) ticks.Add(new Tick(v, (d - d0) % every == 0 ? "10" : null, true, (d - d0) % every == 0 ? d : null));
                else ticks.Add(new Tick(v, decadesInside < 2 && m is 2 or 5 ? Plain(v) : null, false));
            }
        return new Axis(true, min, max, ticks);
    }

    private static bool Inside(double v, double min, double max) => v >= min * (1 - 1e-9) && v <= max * (1 + 1e-9);

    /// <summary>Rounds outward to a whole mantissa, m × 10^k with m = 1..10 (where the minor ticks are).</summary>
    private static double RoundOut(double v, bool down)
    {
        var mag = PortableMath.Pow(10, Math.Floor(PortableMath.Log10(v)));
        var m = v / mag;
        return (down ? Math.Floor(m + 1e-9) : Math.Ceiling(m - 1e-9)) * mag;
    }

    /// <summary>0.005, 20, 5000; 2e+05 and 5e−07 outside [1e-4, 1e5).</summary>
    private static string Plain(double v) =>
        (v >= 1e-4 && v < 1e5 ? v.ToString("0.#######", CultureInfo.InvariantCulture) : v.ToString("0.##e+0", CultureInfo.InvariantCulture)).Replace('-', '−');
}
