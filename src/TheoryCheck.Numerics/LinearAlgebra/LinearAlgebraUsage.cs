namespace TheoryCheck.Numerics.LinearAlgebra;

/// <summary>
/// Counts the calls to the linear-algebra backends made while it is <see cref="Track">tracked</see>. The tracked
/// instance is an <see cref="AsyncLocal{T}"/>, so it follows one work item through whatever threads or tasks it uses and
/// never sees another's calls (the runner tracks each claim's items with one instance); counts are atomic.
/// A value cached across claims must carry the calls that made it (<see cref="Carry{T}"/>), so that every claim that
/// uses it counts them, whichever claim computed it first.
/// </summary>
public sealed class LinearAlgebraUsage
{
    private static readonly AsyncLocal<LinearAlgebraUsage?> Current = new();
    private readonly long[] _calls = new long[4];

    public long NativeBlas => Interlocked.Read(ref _calls[Index(true, LinearAlgebraCall.Blas)]);
    public long NativeLapack => Interlocked.Read(ref _calls[Index(true, LinearAlgebraCall.Lapack)]);
    public long ManagedBlas => Interlocked.Read(ref _calls[Index(false, LinearAlgebraCall.Blas)]);
    public long ManagedLapack => Interlocked.Read(ref _calls[Index(false, LinearAlgebraCall.Lapack)]);

    /// <summary>True when any call was counted.</summary>
    public bool Any => NativeBlas + NativeLapack + ManagedBlas + ManagedLapack > 0;

    /// <summary>Counts this thread's (and its tasks') calls in <paramref name="usage"/> until the scope is disposed.</summary>
    public static Scope Track(LinearAlgebraUsage usage)
    {
        var previous = Current.Value;
        Current.Value = usage;
        return new Scope(previous);
    }

    /// <summary>Called by the backends for each operation.</summary>
    internal static void Record(bool native, LinearAlgebraCall call)
    {
        if (Current.Value is { } usage) Interlocked.Increment(ref usage._calls[Index(native, call)]);
    }

    /// <summary>Computes a value and remembers the calls it took; <see cref="Carried{T}.Value"/> counts them again at each use.</summary>
    public static Carried<T> Carry<T>(Func<T> compute)
    {
        var usage = new LinearAlgebraUsage();
        T value;
        using (Track(usage)) value = compute();
        return new Carried<T>(value, usage);
    }

    /// <summary>Adds another usage's counts to the tracked one, if any.</summary>
    internal static void Replay(LinearAlgebraUsage other)
    {
        if (Current.Value is not { } usage || ReferenceEquals(usage, other)) return;
        for (var i = 0; i < usage._calls.Length; i++)
            if (Interlocked.Read(ref other._calls[i]) is var n and > 0)
                Interlocked.Add(ref usage._calls[i], n);
    }

    private static int Index(bool native, LinearAlgebraCall call) => (native ? 0 : 2) + (int)call;

    /// <summary>Restores the usage tracked before (AsyncLocal changes made in synchronous code are not undone on return).</summary>
    public readonly struct Scope(LinearAlgebraUsage? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
