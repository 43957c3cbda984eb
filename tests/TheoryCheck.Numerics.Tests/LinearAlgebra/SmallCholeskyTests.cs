using TheoryCheck.Numerics.LinearAlgebra;

namespace TheoryCheck.Tests.Numerics.LinearAlgebra;

/// <summary>The one small Cholesky of the project (Fredholm determinants and the Goldt weight construction share it).</summary>
public class SmallCholeskyTests
{
    // M = A Aᵀ + I for a fixed A: symmetric positive definite, entries of order 1.
    private static readonly double[] M = [5, 2, 1, 2, 6, 3, 1, 3, 7];

    [Fact]
    public void The_factor_reproduces_the_matrix_and_solves_with_it()
    {
        var l = SmallCholesky.TryLowerFactor(M, 3)!;
        for (var i = 0; i < 3; i++)
        for (var j = 0; j < 3; j++)
        {
            double sum = 0;
            for (var k = 0; k < 3; k++) sum += l[i * 3 + k] * l[j * 3 + k];
            sum.Should().BeApproximately(M[i * 3 + j], 1e-14);
            if (j > i) l[i * 3 + j].Should().Be(0, "lower triangular");
        }
        var x = new SmallCholesky(M, 3).Solve([1, 2, 3]);
        for (var i = 0; i < 3; i++)
            (M[i * 3] * x[0] + M[i * 3 + 1] * x[1] + M[i * 3 + 2] * x[2]).Should().BeApproximately(i + 1, 1e-14);
        // det M = 5(42 − 9) − 2(14 − 3) + 1(6 − 6) = 143.
        new SmallCholesky(M, 3).Determinant().Should().BeApproximately(143, 1e-12);
    }

    [Fact]
    public void A_singular_matrix_is_null_with_a_floor_and_an_error_from_the_constructor()
    {
        double[] singular = [1, 1, 1, 1]; // rank 1: the second pivot is exactly 0
        SmallCholesky.TryLowerFactor(singular, 2, relativePivotFloor: 1e-14).Should().BeNull();
        SmallCholesky.TryLowerFactor([1, 0, 0, 1e-15], 2, relativePivotFloor: 1e-14).Should().BeNull("a pivot below 1e-14 of max(1, |M_jj|)");
        SmallCholesky.TryLowerFactor([1, 0, 0, 1e-15], 2).Should().NotBeNull("no floor: any positive pivot");
        var act = () => new SmallCholesky(singular, 2);
        act.Should().Throw<ArgumentException>().WithMessage("*pivot 1 is 0*");
    }
}
