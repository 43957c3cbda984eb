namespace TheoryCheck.Cli;

/// <summary>Exit codes, as pytest's (users' CI scripts already know them).</summary>
public static class ExitCodes
{
    public const int Ok = 0;              // every selected claim reproduced, golden files matched
    public const int Failed = 1;          // a claim not reproduced, an unexpected pass, an error in a run, or a golden mismatch/corrupt file
    public const int Interrupted = 2;     // Ctrl+C
    public const int InternalError = 3;   // a bug in TheoryCheck
    public const int UsageError = 4;      // bad command line, invalid spec, missing golden file
    public const int NothingSelected = 5; // the selection matched no claim
}
