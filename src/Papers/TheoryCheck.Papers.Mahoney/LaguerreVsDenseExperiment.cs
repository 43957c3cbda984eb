using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Cross-validation of the Dumitriu–Edelman bidiagonal model against dense Gaussian matrices (the two routes must
/// agree in law: means and variances within a few standard errors, two-sample KS p-value not tiny). One seed draws S top eigenvalues of WᵀW from each route and reports |z| of the difference
/// of means and of variances (standard errors from the samples, s.e.(var) = √((m₄ − var²)/S)), the two-sample KS
/// distance and its asymptotic p-value, and (1/M) tr X² of X = WᵀW/N averaged over each route's draws (compared with
/// the exact finite-size moment of <see cref="MpFiniteMomentsTheory"/>).
/// </summary>
[Solver("mahoney.laguerre-vs-dense", "Two-sample comparison of λ_max(WᵀW) from the bidiagonal model and from dense Gaussian W.",
    Reference = "Dumitriu & Edelman (2002) Thm 3.4 (the bidiagonal model is exact in law)", Size = "M")]
[Output("z-mean-abs", "|z| of the difference of the two routes' mean λ_max")]
[Output("z-var-abs", "|z| of the difference of the two routes' variances of λ_max (s.e. √((m₄ − var²)/S))")]
[Output("ks", "two-sample KS distance between the routes")]
[Output("ks-pvalue", "asymptotic p-value of the two-sample KS distance")]
[Output("lmax-mean-bidiagonal", "mean λ_max(WᵀW) of the bidiagonal route")]
[Output("lmax-mean-dense", "mean λ_max(WᵀW) of the dense route")]
[Output("m2-bidiagonal", "mean (1/M) tr X² of the bidiagonal route")]
[Output("m2-dense", "mean (1/M) tr X² of the dense route")]
public sealed class LaguerreVsDenseExperiment : Experiment<LaguerreVsDenseParameters>
{
    protected override string? Validate(Point point, LaguerreVsDenseParameters parameters)
    {
        var err = WishartShape.ValidateN(point, parameters.Q);
        if (err is not null) return err;
        if ((long)WishartShape.Rows(point, parameters.Q) * point.Size > 1_000_000) return "dense route limited to N·M <= 1e6";
        return null;
    }

    /// <summary>Per sample: the bidiagonal model's λ_max, and a dense Gaussian W (N×M) with its Gram, tr X² and eigenvalues.</summary>
    protected override ExperimentCost EstimateCost(Point point, LaguerreVsDenseParameters parameters)
    {
        double m = point.Size, n = Math.Max(m, parameters.Q * m);
        return new ExperimentCost(Doubles(n * m + 2 * m * m), parameters.Samples * (CostOf.BidiagonalLargest(m) + Draws(n * m) + CostOf.GramEigenvalues(n, m) + 2 * m * m));
    }

    protected override Observation Run(Point point, LaguerreVsDenseParameters parameters, TheoryValues theory, Rng rng)
    {
        var m = point.Size;
        var n = WishartShape.Rows(point, parameters.Q);
        var samples = parameters.Samples;
        var model = new LaguerreBidiagonal(n, m);
        var bid = new double[samples];
        var den = new double[samples];
        double m2b = 0, m2d = 0;
        for (var s = 0; s < samples; s++)
        {
            model.Sample(rng);
            bid[s] = model.LargestEigenvalue();
            m2b += model.TraceOfSquare() / ((double)n * n) / m;

            var w = WishartShape.RandomMatrix(rng, n, m, 1, "gaussian");
            var g = Dense.Backend.Gram(w, n, m);
            double tr2 = 0;
            foreach (var v in g) tr2 += v * v;
            m2d += tr2 / ((double)n * n) / m;
            den[s] = Dense.Backend.SymmetricEigenvalues(g, m)[^1];
        }
        var (mb, vb, seMb, seVb) = Stats(bid);
        var (md, vd, seMd, seVd) = Stats(den);
        var ks = KolmogorovDistance.TwoSample(bid, den);
        return new Observation()
            .Set("z-mean-abs", Math.Abs(mb - md) / Math.Sqrt(seMb * seMb + seMd * seMd))
            .Set("z-var-abs", Math.Abs(vb - vd) / Math.Sqrt(seVb * seVb + seVd * seVd))
            .Set("ks", ks)
            .Set("ks-pvalue", KolmogorovDistance.TwoSamplePValue(ks, samples, samples))
            .Set("lmax-mean-bidiagonal", mb)
            .Set("lmax-mean-dense", md)
            .Set("m2-bidiagonal", m2b / samples)
            .Set("m2-dense", m2d / samples);
    }

    private static (double Mean, double Var, double SeMean, double SeVar) Stats(double[] x)
    {
        double mean = 0;
        foreach (var v in x) mean += v;
        mean /= x.Length;
        double m2 = 0, m4 = 0;
        foreach (var v in x)
        {
            var d = (v - mean) * (v - mean);
            m2 += d;
            m4 += d * d;
        }
        var var = m2 / (x.Length - 1);
        m4 /= x.Length;
        return (mean, var, Math.Sqrt(var / x.Length), Math.Sqrt(Math.Max(m4 - var * var, 0) / x.Length));
    }
}
