using TheoryCheck.Numerics.LinearAlgebra;
using static TheoryCheck.Tests.Numerics.LinearAlgebra.TestMatrices;

namespace TheoryCheck.Tests.Numerics.LinearAlgebra;

/// <summary>y := alpha op(A) x + beta y (DGEMV) on both backends: against the definition, BLAS semantics of beta, shape errors.</summary>
public class MatrixVectorTests
{
    public static TheoryData<int, int, bool> Shapes() => new()
    {
        { 1, 1, false }, { 3, 5, false }, { 3, 5, true }, { 57, 31, false }, { 57, 31, true }, { 200, 200, false }, { 200, 200, true },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Managed_matches_the_definition(int rows, int cols, bool transpose) => MatchesDefinition(new ManagedBackend(), rows, cols, transpose);

    [NativeTheory]
    [MemberData(nameof(Shapes))]
    public void Native_matches_the_definition(int rows, int cols, bool transpose) => MatchesDefinition(NativeBackend.Create(), rows, cols, transpose);

    [Fact] public void Managed_beta_zero_ignores_what_y_held() => BetaZeroIgnoresY(new ManagedBackend());
    [NativeFact] public void Native_beta_zero_ignores_what_y_held() => BetaZeroIgnoresY(NativeBackend.Create());

    [Fact] public void Managed_rejects_wrong_shapes() => RejectsWrongShapes(new ManagedBackend());
    [NativeFact] public void Native_rejects_wrong_shapes() => RejectsWrongShapes(NativeBackend.Create());

    private static void MatchesDefinition(ILinearAlgebraBackend backend, int rows, int cols, bool transpose)
    {
        var a = Gaussian(rows, cols, seed: rows * 31 + cols);
        var (outer, inner) = transpose ? (cols, rows) : (rows, cols);
        var x = Gaussian(inner, 1, seed: 5);
        var y0 = Gaussian(outer, 1, seed: 6);
        const double alpha = -0.7, beta = 1.3;
        var y = y0.ToArray();
        backend.MultiplyVector(a, rows, cols, transpose, x, y, alpha, beta);
        for (var i = 0; i < outer; i++)
        {
            double s = 0;
            for (var k = 0; k < inner; k++) s += (transpose ? At(a, rows, k, i) : At(a, rows, i, k)) * x[k];
            y[i].Should().BeApproximately(alpha * s + beta * y0[i], 1e-12 * (1 + Math.Abs(s)), $"entry {i}");
        }
    }

    private static void BetaZeroIgnoresY(ILinearAlgebraBackend backend)
    {
        double[] a = [1, 2, 3, 4, 5, 6]; // [1 3 5; 2 4 6]
        double[] y = [double.NaN, double.PositiveInfinity];
        backend.MultiplyVector(a, 2, 3, false, [1, 1, 1], y);
        y.Should().Equal(9, 12);
        double[] z = [double.NaN, double.NaN, double.NaN];
        backend.MultiplyVector(a, 2, 3, true, [1, -1], z, alpha: 2);
        z.Should().Equal(-2, -2, -2);
    }

    private static void RejectsWrongShapes(ILinearAlgebraBackend backend)
    {
        var a = new double[6]; // 2 x 3
        FluentActions.Invoking(() => backend.MultiplyVector(a, 2, 3, false, new double[2], new double[2]))
            .Should().Throw<ArgumentException>().WithMessage("*x needs 3 entries, got 2*");
        FluentActions.Invoking(() => backend.MultiplyVector(a, 2, 3, true, new double[2], new double[2]))
            .Should().Throw<ArgumentException>().WithMessage("*y needs 3 entries, got 2*");
        FluentActions.Invoking(() => backend.MultiplyVector(a, 3, 3, false, new double[3], new double[3]))
            .Should().Throw<ArgumentException>().WithMessage("*3 x 3 needs 9 entries, got 6*");
        FluentActions.Invoking(() => backend.MultiplyVector([], 0, 3, false, new double[3], new double[0]))
            .Should().Throw<ArgumentException>().WithMessage("*must be positive*");
    }
}
