using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Kernels;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// Weight-space gradient descent w ← w + η(b − wΣ) with Σ = XXᵀ and b = yXᵀ precomputed (no eigenvectors
/// anywhere). One step is one DGEMV with Σ (N²) plus O(N) vector work.
/// </summary>
internal sealed class SigmaGradientDescent
{
    private readonly double[] _sigma;
    private readonly double[] _b;
    private readonly double[] _gradient;
    private readonly int _n;

    public SigmaGradientDescent(double[] sigma, double[] b, double eta)
    {
        _n = b.Length;
        if (sigma.Length != (long)_n * _n) throw new ArgumentException($"Σ must be {_n} x {_n} to match b");
        _sigma = sigma;
        _b = b;
        Eta = eta;
        _gradient = new double[_n];
    }

    public double Eta { get; }

    /// <summary>One step in place: g = b − Σw (Σ symmetric), w += ηg.</summary>
    public void Step(Span<double> w)
    {
        _b.CopyTo(_gradient, 0);
        Dense.Backend.MultiplyVector(_sigma, _n, _n, false, w, _gradient, alpha: -1, beta: 1);
        Elementwise.MultiplyAdd(_gradient, Eta, w, w);
    }

    /// <summary>The negative gradient b − Σw of the last <see cref="Step"/> (the step is η times it).</summary>
    public ReadOnlySpan<double> LastGradient => _gradient;

    /// <summary>The flow's right-hand side dw/dt = b − Σw (for Runge–Kutta), into <paramref name="dwdt"/>.</summary>
    public void FlowRate(ReadOnlySpan<double> w, Span<double> dwdt)
    {
        _b.CopyTo(dwdt);
        Dense.Backend.MultiplyVector(_sigma, _n, _n, false, w, dwdt, alpha: -1, beta: 1);
    }
}
