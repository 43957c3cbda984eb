using TheoryCheck.Numerics.LinearAlgebra;

namespace TheoryCheck.Tests.Numerics.LinearAlgebra;

/// <summary>Calls are counted in the usage tracked by the calling flow only, and a cached value carries its calls to every user.</summary>
public class LinearAlgebraUsageTests
{
    private static readonly ManagedBackend Managed = new();

    [Fact]
    public void Calls_are_counted_by_kind_in_the_tracked_usage_only()
    {
        var usage = new LinearAlgebraUsage();
        Managed.SymmetricEigenvalues([2, 1, 1, 2], 2); // untracked: counted nowhere
        using (LinearAlgebraUsage.Track(usage))
        {
            Managed.SymmetricEigenvalues([2, 1, 1, 2], 2);
            Managed.Multiply([1, 2, 3, 4], 2, 2, false, [1, 0, 0, 1], 2, 2, false);
            Managed.Gram([1, 2, 3], 3, 1);
        }
        Managed.Gram([1, 2, 3], 3, 1);
        (usage.ManagedLapack, usage.ManagedBlas, usage.NativeBlas, usage.NativeLapack).Should().Be((1L, 2L, 0L, 0L));
        usage.Any.Should().BeTrue();
        new LinearAlgebraUsage().Any.Should().BeFalse();
    }

    [Fact]
    public async Task Parallel_flows_count_in_their_own_usage_and_tasks_inherit_it()
    {
        var (a, b) = (new LinearAlgebraUsage(), new LinearAlgebraUsage());
        async Task Work(LinearAlgebraUsage usage, int calls)
        {
            using var scope = LinearAlgebraUsage.Track(usage);
            for (var i = 0; i < calls; i++)
            {
                await Task.Yield();
                await Task.Run(() => Managed.MultiplyVector([1, 2], 2, 1, false, [3], new double[2]));
            }
        }

        await Task.WhenAll(Work(a, 3), Work(b, 5));
        a.ManagedBlas.Should().Be(3);
        b.ManagedBlas.Should().Be(5);
    }

    [Fact]
    public void A_carried_value_counts_its_calls_for_every_user_whoever_computed_it()
    {
        var first = new LinearAlgebraUsage();
        Carried<double[]> cached;
        using (LinearAlgebraUsage.Track(first))
            cached = LinearAlgebraUsage.Carry(() => Managed.SymmetricEigenvalues([2, 1, 1, 2], 2));
        first.Any.Should().BeFalse("computing is not using: the computing claim counts the calls when it reads the value");

        var (reader1, reader2) = (new LinearAlgebraUsage(), new LinearAlgebraUsage());
        using (LinearAlgebraUsage.Track(reader1)) cached.Value[1].Should().BeApproximately(3, 1e-12);
        using (LinearAlgebraUsage.Track(reader2)) _ = cached.Value;
        reader1.ManagedLapack.Should().Be(1);
        reader2.ManagedLapack.Should().Be(1);
    }
}
