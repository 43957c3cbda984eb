using TheoryCheck.Numerics.LinearAlgebra;

namespace TheoryCheck.Tests.Numerics.LinearAlgebra;

/// <summary>Both backends reject bad input with an <see cref="ArgumentException"/> that names the problem.</summary>
public class BadInputTests
{
    [Fact] public void Managed_rejects_non_finite_entries() => RejectsNonFiniteEntries(new ManagedBackend());
    [NativeFact] public void Native_rejects_non_finite_entries() => RejectsNonFiniteEntries(NativeBackend.Create());

    [Fact] public void Managed_rejects_empty_and_negative_shapes() => RejectsNonPositiveShapes(new ManagedBackend());
    [NativeFact] public void Native_rejects_empty_and_negative_shapes() => RejectsNonPositiveShapes(NativeBackend.Create());

    [Fact] public void Managed_rejects_wrong_lengths() => RejectsWrongLengths(new ManagedBackend());
    [NativeFact] public void Native_rejects_wrong_lengths() => RejectsWrongLengths(NativeBackend.Create());

    [Fact] public void Managed_rejects_mismatched_inner_dimensions() => RejectsMismatchedInnerDimensions(new ManagedBackend());
    [NativeFact] public void Native_rejects_mismatched_inner_dimensions() => RejectsMismatchedInnerDimensions(NativeBackend.Create());

    private static void RejectsNonFiniteEntries(ILinearAlgebraBackend backend)
    {
        double[] withNaN = [1, 2, double.NaN, 4]; // entry (0, 1) of a 2 x 2
        double[] withInf = [1, double.PositiveInfinity, 3, 4]; // entry (1, 0)
        double[] good = [1, 0, 0, 1];

        foreach (var act in Calls(backend, withNaN))
            act.Should().Throw<ArgumentException>().WithMessage("*entry (0, 1) is NaN*finite*");
        foreach (var act in Calls(backend, withInf))
            act.Should().Throw<ArgumentException>().WithMessage("*entry (1, 0) is Infinity*finite*");
        FluentActions.Invoking(() => backend.Multiply(good, 2, 2, false, withNaN, 2, 2, false))
            .Should().Throw<ArgumentException>().WithMessage("*NaN*");
    }

    private static void RejectsNonPositiveShapes(ILinearAlgebraBackend backend)
    {
        FluentActions.Invoking(() => backend.SymmetricEigenvalues([], 0))
            .Should().Throw<ArgumentException>().WithMessage("*0 x 0*must be positive*");
        FluentActions.Invoking(() => backend.SymmetricEigen([], 0))
            .Should().Throw<ArgumentException>().WithMessage("*must be positive*");
        FluentActions.Invoking(() => backend.SingularValues([], 0, 3))
            .Should().Throw<ArgumentException>().WithMessage("*0 x 3*must be positive*");
        FluentActions.Invoking(() => backend.Gram([1, 2], -1, -2))
            .Should().Throw<ArgumentException>().WithMessage("*must be positive*");
        FluentActions.Invoking(() => backend.Multiply([], 0, 2, false, [1, 2], 2, 1, false))
            .Should().Throw<ArgumentException>().WithMessage("*must be positive*");
    }

    private static void RejectsWrongLengths(ILinearAlgebraBackend backend)
    {
        double[] five = [1, 2, 3, 4, 5];
        FluentActions.Invoking(() => backend.SymmetricEigenvalues(five, 2))
            .Should().Throw<ArgumentException>().WithMessage("*2 x 2 needs 4 entries, got 5*");
        FluentActions.Invoking(() => backend.SymmetricEigen(five, 3))
            .Should().Throw<ArgumentException>().WithMessage("*3 x 3 needs 9 entries, got 5*");
        FluentActions.Invoking(() => backend.SingularValues(five, 2, 3))
            .Should().Throw<ArgumentException>().WithMessage("*needs 6 entries, got 5*");
        FluentActions.Invoking(() => backend.Gram(five, 3, 2))
            .Should().Throw<ArgumentException>().WithMessage("*needs 6 entries, got 5*");
        FluentActions.Invoking(() => backend.Multiply([1, 2, 3, 4], 2, 2, false, five, 2, 2, false))
            .Should().Throw<ArgumentException>().WithMessage("*needs 4 entries, got 5*");
    }

    private static void RejectsMismatchedInnerDimensions(ILinearAlgebraBackend backend)
    {
        var a = new double[6]; // 2 x 3
        var b = new double[6]; // 2 x 3
        FluentActions.Invoking(() => backend.Multiply(a, 2, 3, false, b, 2, 3, false))
            .Should().Throw<ArgumentException>().WithMessage("*inner dimensions 3 and 2 differ*");
        // Aᵀ B is 3 x 3 and valid; A Bᵀ is 2 x 2 and valid.
        backend.Multiply(a, 2, 3, true, b, 2, 3, false).Should().HaveCount(9);
        backend.Multiply(a, 2, 3, false, b, 2, 3, true).Should().HaveCount(4);
    }

    private static IEnumerable<Action> Calls(ILinearAlgebraBackend backend, double[] square2)
    {
        yield return () => backend.SymmetricEigenvalues(square2, 2);
        yield return () => backend.SymmetricEigen(square2, 2);
        yield return () => backend.SingularValues(square2, 2, 2);
        yield return () => backend.Gram(square2, 2, 2);
        yield return () => backend.Multiply(square2, 2, 2, false, [1, 0, 0, 1], 2, 2, false);
    }
}
