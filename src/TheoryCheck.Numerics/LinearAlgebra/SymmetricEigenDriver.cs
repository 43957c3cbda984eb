namespace TheoryCheck.Numerics.LinearAlgebra;

/// <summary>Which LAPACK driver <see cref="NativeBackend"/> uses for the dense symmetric eigenproblem.</summary>
public enum SymmetricEigenDriver
{
    /// <summary>DSYEVD: tridiagonal reduction, then divide and conquer (DSTEDC) for vectors, DSTERF for values only.</summary>
    Syevd,

    /// <summary>DSYEVR: tridiagonal reduction, then relatively robust representations (DSTEMR) for vectors, DSTERF for values only.</summary>
    Syevr,

    /// <summary>DSYEV: tridiagonal reduction, then implicit QL/QR (DSTEQR) for vectors, DSTERF for values only.</summary>
    Syev,
}
