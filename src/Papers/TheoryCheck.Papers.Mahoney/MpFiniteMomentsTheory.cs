using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Exact finite-size spectral moments of X = WᵀW/N for an N x M matrix W of iid centred entries with variance σ²
/// and fourth moment κσ⁴ (κ = 3 Gaussian, 1 Rademacher): E[(1/M) tr X] = σ² and
/// E[(1/M) tr X²] = σ⁴(1 + (M − 2 + κ)/N), i.e. σ⁴(1 + (M + 1)/N) for Gaussian entries, against the MP limit σ⁴(1 + c).
/// (Count the pairs: off-diagonal entries of WᵀW contribute M(M−1)Nσ⁴, diagonal ones M(N E w⁴ + N(N−1)σ⁴).)
/// Mahoney (2023) slides, "Random Matrix Theory 102: Marchenko-Pastur" (the MP moments at finite size).
/// </summary>
[Solver("mahoney.mp-finite-moments", "Exact E[(1/M) tr X] and E[(1/M) tr X²] of X = WᵀW/N at finite N, M (and the MP limits).",
    Reference = "slides \"Random Matrix Theory 102: Marchenko-Pastur\"; Marchenko & Pastur (1967)")]
[Output("m1", "E[(1/M) tr X] = σ²")]
[Output("m2", "E[(1/M) tr X²] = σ⁴(1 + (M − 2 + κ)/N), κ the entries' kurtosis")]
[Output("m2-limit", "MP limit σ⁴(1 + c) of (1/M) tr X², c = M/N")]
public sealed class MpFiniteMomentsTheory : Theory<WishartParameters>
{
    protected override string? Validate(Point point, WishartParameters parameters) => WishartShape.ValidateN(point, parameters.Q);

    protected override TheoryValues Evaluate(Point point, WishartParameters parameters)
    {
        var m = point.Size;
        var n = WishartShape.Rows(point, parameters.Q);
        var s2 = parameters.Sigma * parameters.Sigma;
        var kappa = parameters.Entries == "rademacher" ? 1.0 : 3.0;
        return new TheoryValues()
            .Set("m1", s2)
            .Set("m2", s2 * s2 * (1 + (m - 2 + kappa) / n))
            .Set("m2-limit", MarchenkoPastur.Moment(2, (double)m / n, s2));
    }
}
