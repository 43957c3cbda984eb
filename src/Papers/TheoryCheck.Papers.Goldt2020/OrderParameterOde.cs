using TheoryCheck.Numerics.Activations;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// Right-hand side of the order-parameter ODE of Goldt et al. eq (8)–(9) with the signs and the noise term written out
/// (u = (v, −v*); see the module README):
/// dR_in/dα = −η v_i Σ_a u_a I3(i, K+n, a);
/// dQ_ik/dα = −η v_i Σ_a u_a I3(i, k, a) − η v_k Σ_a u_a I3(k, i, a) + η² v_i v_k [Σ_ab u_a u_b I4(i, k, a, b) + σ² J2(i, k)];
/// dv_i/dα = −η_v Σ_a u_a I2(i, a) (both layers only).
/// Shared work: for student i the I3 sums over a factor as Σ_a w_ia C_ba − C_ib/(1+C_ii) Σ_a w_ia C_ia with
/// w_ia = u_a (2/π)/√Λ3(i,a), i.e. K(K+M) square roots instead of K(K+M)²; for each pair (i, k) the K+M values
/// Λ1(c) and their inverse square roots are computed once and the (c, d) double sum runs over c ≤ d only (I4 is
/// symmetric in its last two indices), so a pair costs (K+M)(K+M+1)/2 arcsines.
/// Not thread-safe (workspace arrays); allocation-free per evaluation.
/// </summary>
internal sealed class OrderParameterOde
{
    private const double TwoOverPi = 2 / Math.PI;
    private const double FourOverPi2 = 4 / (Math.PI * Math.PI);

    private readonly ScmSetup _s;
    private readonly double[] _frozenV;
    private readonly int _n;
    private readonly double[] _c, _u, _d, _s3, _invLam1, _p, _q, _w;

    /// <param name="setup">The problem.</param>
    /// <param name="frozenV">Second-layer weights when they are not trained (length K); ignored otherwise.</param>
    public OrderParameterOde(ScmSetup setup, ReadOnlySpan<double> frozenV)
    {
        if (setup.Activation == Activation.Relu)
            throw new NotSupportedException("there is no closed-form ODE for ReLU (I4 would be a 4-D orthant integral)");
        _s = setup;
        _frozenV = frozenV.Length == setup.K ? frozenV.ToArray() : Enumerable.Repeat(1.0, setup.K).ToArray();
        _n = setup.K + setup.M;
        _c = new double[_n * _n];
        _u = new double[_n];
        _d = new double[_n];
        _s3 = new double[setup.K * _n];
        _invLam1 = new double[_n];
        _p = new double[_n];
        _q = new double[_n];
        _w = new double[_n];
        Sigma2 = setup.Sigma * setup.Sigma;
    }

    public ScmSetup Setup => _s;
    public ReadOnlySpan<double> FrozenV => _frozenV;

    /// <summary>Label-noise variance used by <see cref="Evaluate"/> (defaults to σ² of the setup; linear response varies it).</summary>
    public double Sigma2 { get; set; }

    /// <summary>Right-hand-side evaluations so far.</summary>
    public long Evaluations { get; private set; }

    /// <summary>eps_g of state m (Goldt et al. eq (4)–(6)).</summary>
    public double Eg(ReadOnlySpan<double> m) => GeneralisationError.FromState(_s, m, _frozenV);

    /// <summary>The ODE right-hand side as an <see cref="Numerics.Ode.OdeRhs"/> (autonomous).</summary>
    public void Rhs(double t, ReadOnlySpan<double> m, Span<double> dm) => Evaluate(m, dm);

    /// <summary>dm/dα at state m.</summary>
    public void Evaluate(ReadOnlySpan<double> m, Span<double> dm)
    {
        Evaluations++;
        int K = _s.K, M = _s.M, n = _n;
        var c = _c; var u = _u; var d = _d;
        _s.Covariance(m, c);
        _s.Coefficients(m, _frozenV, u);
        for (var a = 0; a < n; a++) d[a] = 1 + c[a * n + a];
        double eta = _s.Eta, eta2 = eta * eta, sigma2 = Sigma2;
        var linear = _s.Activation == Activation.Linear;

        // S3[i, b] = Σ_a u_a I3(i, b, a)
        if (linear)
        {
            for (var b = 0; b < n; b++)
            {
                double sum = 0;
                for (var a = 0; a < n; a++) sum += u[a] * c[b * n + a];
                for (var i = 0; i < K; i++) _s3[i * n + b] = sum;
            }
        }
        else
        {
            var w = _w;
            for (var i = 0; i < K; i++)
            {
                var di = d[i];
                double sii = 0;
                for (var a = 0; a < n; a++)
                {
                    var cia = c[i * n + a];
                    w[a] = u[a] * TwoOverPi / Math.Sqrt(di * d[a] - cia * cia);
                    sii += w[a] * cia;
                }
                var scale = sii / di;
                for (var b = 0; b < n; b++)
                {
                    double sum = 0;
                    var row = b * n;
                    for (var a = 0; a < n; a++) sum += w[a] * c[row + a];
                    _s3[i * n + b] = sum - c[i * n + b] * scale;
                }
            }
        }

        // u^T C u for the linear I4 sum
        double uCu = 0;
        if (linear)
            for (var a = 0; a < n; a++)
            {
                double s = 0;
                for (var b = 0; b < n; b++) s += c[a * n + b] * u[b];
                uCu += u[a] * s;
            }

        for (var i = 0; i < K; i++)
        {
            var vi = u[i];
            for (var k = i; k < K; k++)
            {
                var vk = u[k];
                var drift = -eta * (vi * _s3[i * n + k] + vk * _s3[k * n + i]);
                double i4, j2;
                if (linear)
                {
                    i4 = uCu;
                    j2 = 1;
                }
                else
                {
                    i4 = I4Sum(i, k);
                    j2 = TwoOverPi / Math.Sqrt(d[i] * d[k] - c[i * n + k] * c[i * n + k]);
                }
                dm[_s.QIndex(i, k)] = drift + eta2 * vi * vk * (i4 + sigma2 * j2);
            }
            for (var j = 0; j < M; j++) dm[_s.QCount + i * M + j] = -eta * vi * _s3[i * n + K + j];
        }
        if (_s.BothLayers)
        {
            for (var i = 0; i < K; i++)
            {
                double sum = 0;
                for (var a = 0; a < n; a++)
                    sum += u[a] * (linear ? c[i * n + a] : TwoOverPi * PortableMath.Asin(GaussianAverages.ClampUnit(c[i * n + a] / Math.Sqrt(d[i] * d[a]))));
                dm[_s.VIndex(i)] = -_s.EtaV * sum;
            }
        }
    }

    /// <summary>Σ_cd u_c u_d I4(i, k, c, d) for erf (supplementary material of Goldt et al.), sharing Λ4 and Λ1(c) across (c, d).</summary>
    private double I4Sum(int i, int k)
    {
        var n = _n; var c = _c; var d = _d; var u = _u; var p = _p; var q = _q; var inv = _invLam1;
        double di = d[i], dk = d[k], cik = c[i * n + k];
        var lam4 = di * dk - cik * cik;
        for (var a = 0; a < n; a++)
        {
            p[a] = c[i * n + a];
            q[a] = c[k * n + a];
            var lam1 = lam4 * d[a] - q[a] * q[a] * di - p[a] * p[a] * dk + 2 * cik * p[a] * q[a];
            inv[a] = 1 / Math.Sqrt(lam1);
        }
        double sum = 0;
        for (var a = 0; a < n; a++)
        {
            if (u[a] == 0) continue;
            double pa = p[a], qa = q[a];
            double inner = 0;
            var row = a * n;
            for (var b = a; b < n; b++)
            {
                var lam0 = lam4 * c[row + b] - qa * q[b] * di - pa * p[b] * dk + cik * (pa * q[b] + p[b] * qa);
                var x = lam0 * inv[a] * inv[b];
                var val = u[b] * PortableMath.Asin(x > 1 ? 1 : x < -1 ? -1 : x);
                inner += b == a ? 0.5 * val : val;
            }
            sum += 2 * u[a] * inner;
        }
        return FourOverPi2 / Math.Sqrt(lam4) * sum;
    }
}
