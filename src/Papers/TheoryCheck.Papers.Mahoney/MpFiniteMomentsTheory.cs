using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Exact finite-size spectral moments of X = WᵀW/N for an N x M matrix W of iid centred entries with variance σ²
/// and fourth moment κσ⁴ (κ = 3 Gaussian, 1 Rademacher): E[(1/M) tr X] = σ² and
/// E[(1/M) tr X²] = σ⁴(1 + (M − 2 + κ)/N), i.e. σ⁴(1 + (M + 1)/N) for Gaussian entries, against the MP limit σ⁴(1 + c).
/// (Count the pairs: off-diagonal entries of WᵀW contribute M(M−1)Nσ⁴, diagonal ones M(N E w⁴ + N(N−1)σ⁴).)
/// Source: 002…txt, "Random Matrix Theory 102: Marchenko-Pastur"; catalogue mahoney-rmt-htsr.md §1
/// `mahoney.mp.moment-identity`.
/// </summary>
public sealed class MpFiniteMomentsTheory : Theory
{
    public override string Name => "mahoney.mp-finite-moments";
    public override string Description => "Exact E[(1/M) tr X] and E[(1/M) tr X²] of X = WᵀW/N at finite N, M (and the MP limits).";
    public override string Reference => "002_1c9d07bd2d37b7d5.txt, \"Random Matrix Theory 102: Marchenko-Pastur\"; catalogue §1 mahoney.mp.moment-identity";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
        [WishartShape.QParameter(), WishartShape.SigmaParameter(), WishartShape.EntriesParameter()];

    public override string? Validate(Point point) => WishartShape.ValidateN(point);

    public override TheoryValues Evaluate(Point point)
    {
        var m = point.Size;
        var n = WishartShape.Rows(point);
        var s2 = point.Real("sigma") * point.Real("sigma");
        var kappa = point.Text("entries") == "rademacher" ? 1.0 : 3.0;
        return new TheoryValues()
            .Set("m1", s2)
            .Set("m2", s2 * s2 * (1 + (m - 2 + kappa) / n))
            .Set("m2-limit", MarchenkoPastur.Moment(2, (double)m / n, s2));
    }
}
