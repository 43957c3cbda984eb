using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.RandomMatrix;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>Parameters of the additive spiked model X = ℓuuᵀ + ZZᵀ/n: c = p/n and the spike strength ℓ.</summary>
public sealed record SpikeAdditiveParameters
{
    [Parameter("c", "ratio p/n (any c > 0; n = p/c must be a whole number)", Min = 0, MinExclusive = true, Max = 1e4)]
    public double C { get; init; }

    [Parameter("ell", "spike strength ℓ, or its multiple of the threshold c + √c (see ell-scale)", Min = 0, MinExclusive = true, Max = 1e6)]
    public double Ell { get; init; }

    [Parameter("ell-scale", "absolute: ℓ = ell; threshold: ℓ = ell·(c + √c)", Choices = new[] { "absolute", "threshold" }, Default = "absolute")]
    public string EllScale { get; init; } = "absolute";

    /// <summary>n = p/c, rounded (after <see cref="Validate"/>).</summary>
    internal int Samples(Point point) => (int)Math.Round(point.Size / C);

    /// <summary>The finite ratio c_p = p/n actually simulated.</summary>
    internal double Ratio(Point point) => (double)point.Size / Samples(point);

    /// <summary>ℓ itself, from ell and ell-scale.</summary>
    internal double Strength(Point point)
    {
        var c = Ratio(point);
        return EllScale == "threshold" ? Ell * (c + Math.Sqrt(c)) : Ell;
    }

    /// <summary>Johnstone's TW scale of the top bulk eigenvalue of ZZᵀ/n: σ_np/n.</summary>
    internal double BulkScale(Point point) => Johnstone.Scale(Samples(point), point.Size) / Samples(point);

    /// <summary>Null when p ≥ 2 and n = p/c is a whole number ≥ 2, else what is wrong.</summary>
    internal string? Validate(Point point)
    {
        if (point.Size < 2) return $"{point.SizeName} = {point.Size}: need p >= 2 (λ₂ must exist)";
        var n = point.Size / C;
        if (!double.IsFinite(n) || n < 2 || n > int.MaxValue) return $"n = p/c = {n} is not a valid sample count (need n >= 2)";
        if (Math.Abs(n - Math.Round(n)) > 1e-9 * n) return $"n = p/c = {n} must be a whole number";
        return null;
    }
}
