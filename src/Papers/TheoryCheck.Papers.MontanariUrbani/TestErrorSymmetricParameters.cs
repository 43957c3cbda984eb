using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Activations;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>
/// Parameters of the symmetric configuration (Montanari–Urbani, 'SymmDMFT'): a_i = a, &lt;u, w_i&gt; = v,
/// &lt;w_i, w_j&gt; = C_o for i ≠ j, student σ = target φ.
/// </summary>
public sealed record TestErrorSymmetricParameters
{
    [Parameter("activation", "activation sigma = target phi: relu, erf (meaning erf(z/sqrt 2)), tanh or linear", Choices = new[] { "relu", "erf", "tanh", "linear" })]
    public string Activation { get; init; } = "";

    [Parameter("a", "common second-layer weight a")]
    public double A { get; init; }

    [Parameter("v", "common overlap v = <u, w_i>", Min = -1, Max = 1)]
    public double V { get; init; }

    [Parameter("co", "common overlap C_o = <w_i, w_j> of distinct neurons", Min = -1, Max = 1)]
    public double Co { get; init; }

    [Parameter("m", "number of neurons m", Min = 1, Max = 4096)]
    public int M { get; init; }

    [Parameter("tau", "label-noise standard deviation tau", Min = 0)]
    public double Tau { get; init; }

    /// <summary>σ = φ: both kernels of the one activation.</summary>
    internal KernelPair Kernels()
    {
        var act = Activations.Parse(Activation);
        return new KernelPair(act, act);
    }

    /// <summary>The symmetric configuration is realisable (w_i = v u + b z + c e_i) iff v² ≤ C_o ≤ 1.</summary>
    internal string? Validate() =>
        V * V <= Co + 1e-15 ? null : $"v^2 = {V * V:G6} > C_o = {Co:G6}: no unit vectors have these overlaps (need v^2 <= C_o <= 1)";
}
