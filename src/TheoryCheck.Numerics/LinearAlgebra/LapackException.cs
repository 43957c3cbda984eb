namespace TheoryCheck.Numerics.LinearAlgebra;

/// <summary>A LAPACK routine reported failure through its INFO argument.</summary>
public sealed class LapackException : InvalidOperationException
{
    public LapackException(string routine, int info, string message) : base(message)
    {
        Routine = routine;
        Info = info;
    }

    /// <summary>The routine that failed, e.g. <c>dsyevd</c>.</summary>
    public string Routine { get; }

    /// <summary>LAPACK's INFO: negative for an illegal argument (a bug in the caller), positive for a numerical failure.</summary>
    public int Info { get; }

    internal static void Check(string routine, int info)
    {
        if (info == 0) return;
        throw info < 0
            ? new LapackException(routine, info, $"{routine}: argument {-info} had an illegal value (INFO = {info}); this is a bug in the caller")
            : new LapackException(routine, info, $"{routine} failed to converge (INFO = {info}); the input may be badly scaled");
    }
}
