using TheoryCheck.Numerics.LinearAlgebra;
using static TheoryCheck.Tests.Numerics.LinearAlgebra.TestMatrices;

namespace TheoryCheck.Tests.Numerics.LinearAlgebra;

/// <summary>The native backend gives the managed backend's answers (within rounding) on random input.</summary>
public class NativeBackendTests
{
    private static readonly ManagedBackend Managed = new();

    private static NativeBackend Native => NativeBackend.Create();

    [NativeFact]
    public void Name_says_which_library_was_loaded()
    {
        Native.Name.Should().StartWith("native (").And.Contain(Native.LibraryName).And.EndWith(")");
        Native.LibraryName.Should().MatchRegex("lib(openblas|lapack)");
    }

    [NativeFact]
    public void Self_test_passes()
    {
        Native.SelfTest(out var failure).Should().BeTrue(failure);
    }

    [NativeTheory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(17)]
    [InlineData(300)]
    public void Eigenvalues_agree_with_managed(int n)
    {
        var a = Symmetric(n, seed: 100 + n);
        var expected = Managed.SymmetricEigenvalues(a, n);
        var norm = MaxAbs(expected);

        foreach (var driver in Enum.GetValues<SymmetricEigenDriver>())
        {
            var values = Native.WithDrivers(driver, driver).SymmetricEigenvalues(a, n);
            values.Should().BeInAscendingOrder();
            MaxAbsDiff(values, expected).Should().BeLessThan(1e-10 * norm, $"{driver} at n = {n}");
        }
    }

    [NativeTheory]
    [InlineData(SymmetricEigenDriver.Syevd)]
    [InlineData(SymmetricEigenDriver.Syevr)]
    [InlineData(SymmetricEigenDriver.Syev)]
    public void Eigenvectors_agree_with_managed_up_to_sign(SymmetricEigenDriver driver)
    {
        const int n = 200;
        var a = Symmetric(n, seed: 7);
        var (mValues, mVectors) = Managed.SymmetricEigen(a, n);
        var (values, vectors) = Native.WithDrivers(driver, driver).SymmetricEigen(a, n);
        var norm = MaxAbs(mValues);

        MaxAbsDiff(values, mValues).Should().BeLessThan(1e-10 * norm);
        EigenResidual(a, values, vectors, n).Should().BeLessThan(1e-10 * norm);
        OrthonormalityError(vectors, n).Should().BeLessThan(1e-10);

        // A vector is determined up to sign only when its eigenvalue is isolated: the angle between two
        // computed vectors is O(eps ‖A‖ / gap), so compare those with gap ≥ 1e-3 ‖A‖.
        var compared = 0;
        for (var j = 0; j < n; j++)
        {
            var gap = Math.Min(j > 0 ? mValues[j] - mValues[j - 1] : double.MaxValue,
                               j < n - 1 ? mValues[j + 1] - mValues[j] : double.MaxValue);
            if (gap < 1e-3 * norm) continue;
            var dot = 0.0;
            for (var i = 0; i < n; i++) dot += vectors[j * n + i] * mVectors[j * n + i];
            Math.Abs(dot).Should().BeApproximately(1, 1e-8, $"eigenvector {j} (gap {gap:g3})");
            compared++;
        }
        compared.Should().BeGreaterThan(n / 2, "most eigenvalues of a random matrix are well separated");
    }

    [NativeFact]
    public void Only_the_lower_triangle_is_read_and_the_input_is_not_modified()
    {
        const int n = 40;
        var a = Symmetric(n, seed: 3);
        var expected = Native.SymmetricEigen(a, n);
        var scrambled = (double[])a.Clone();
        for (var j = 1; j < n; j++)
            for (var i = 0; i < j; i++)
                scrambled[j * n + i] = 1e3 * (i - j); // upper triangle: finite garbage
        var before = (double[])scrambled.Clone();

        foreach (var driver in Enum.GetValues<SymmetricEigenDriver>())
        {
            var backend = Native.WithDrivers(driver, driver);
            MaxAbsDiff(backend.SymmetricEigenvalues(scrambled, n), expected.Values).Should().BeLessThan(1e-12);
            var (values, vectors) = backend.SymmetricEigen(scrambled, n);
            MaxAbsDiff(values, expected.Values).Should().BeLessThan(1e-12);
            EigenResidual(a, values, vectors, n).Should().BeLessThan(1e-12);
            scrambled.Should().Equal(before, $"{driver} must not write to its input");
        }
    }

    [NativeTheory]
    [InlineData(120, 80)]
    [InlineData(80, 120)]
    [InlineData(1, 5)]
    [InlineData(64, 64)]
    public void Singular_values_agree_with_managed(int rows, int cols)
    {
        var a = Gaussian(rows, cols, seed: rows * 1000 + cols);
        var before = (double[])a.Clone();
        var expected = Managed.SingularValues(a, rows, cols);
        var s = Native.SingularValues(a, rows, cols);

        s.Should().HaveCount(Math.Min(rows, cols)).And.BeInDescendingOrder();
        MaxAbsDiff(s, expected).Should().BeLessThan(1e-10 * expected[0]);
        a.Should().Equal(before);
    }

    [NativeTheory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Products_agree_for_every_transpose_flag(bool ta, bool tb)
    {
        // op(A) is 37 x 23 and op(B) is 23 x 11, so a wrong leading dimension cannot go unnoticed.
        const int m = 37, k = 23, n = 11;
        var (aRows, aCols) = ta ? (k, m) : (m, k);
        var (bRows, bCols) = tb ? (n, k) : (k, n);
        var a = Gaussian(aRows, aCols, seed: 1);
        var b = Gaussian(bRows, bCols, seed: 2);

        var c = Native.Multiply(a, aRows, aCols, ta, b, bRows, bCols, tb);

        c.Should().HaveCount(m * n);
        MaxAbsDiff(c, NaiveProduct(a, aRows, aCols, ta, b, bRows, bCols, tb)).Should().BeLessThan(1e-12);
        MaxAbsDiff(c, Managed.Multiply(a, aRows, aCols, ta, b, bRows, bCols, tb)).Should().BeLessThan(1e-12);
    }

    [NativeTheory]
    [InlineData(50, 30)]
    [InlineData(30, 50)]
    [InlineData(1, 1)]
    public void Gram_is_the_full_symmetric_product(int rows, int cols)
    {
        var a = Gaussian(rows, cols, seed: 11);
        var g = Native.Gram(a, rows, cols);

        g.Should().HaveCount(cols * cols);
        MaxAbsDiff(g, NaiveProduct(a, rows, cols, true, a, rows, cols, false)).Should().BeLessThan(1e-12);
        MaxAbsDiff(g, Managed.Gram(a, rows, cols)).Should().BeLessThan(1e-12);
        for (var j = 0; j < cols; j++)
            for (var i = 0; i < j; i++)
                g[j * cols + i].Should().Be(g[i * cols + j]);
    }
}
