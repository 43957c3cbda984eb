namespace TheoryCheck.Numerics.LinearAlgebra;

/// <summary>Which kind of routine a backend call was.</summary>
public enum LinearAlgebraCall
{
    /// <summary>Products: DGEMM, DSYRK, DGEMV (or their managed equivalents).</summary>
    Blas,

    /// <summary>Factorisations: DSYEVD/DSYEVR/DSYEV, DGESDD (or their managed equivalents).</summary>
    Lapack,
}
