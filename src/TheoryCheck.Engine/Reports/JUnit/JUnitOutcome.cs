using TheoryCheck.Engine.Reports.Model;
using TheoryCheck.Engine.Running;

namespace TheoryCheck.Engine.Reports.JUnit;

/// <summary>The one JUnit outcome of a claim: CI viewers count each testcase once, as passed, failure, error or skipped.</summary>
public enum JUnitOutcome
{
    Passed,
    /// <summary>Not reproduced or unexpectedly passing: the claim is not as expected.</summary>
    Failure,
    /// <summary>The claim is as expected (reproduced or confirmed known failure) but its golden file differs, is missing or corrupt.</summary>
    GoldenFailure,
    /// <summary>The claim could not be computed (solver threw, bad parameters): a broken test, not a refuted claim.</summary>
    Error,
    /// <summary>A confirmed known failure, or a claim not run.</summary>
    Skipped,
}

public static class JUnitOutcomes
{
    public static JUnitOutcome Of(ClaimReport r) => r.Status switch
    {
        ClaimStatus.Error => JUnitOutcome.Error,
        ClaimStatus.NotReproduced or ClaimStatus.UnexpectedPass => JUnitOutcome.Failure,
        _ when r.Golden?.Fails == true => JUnitOutcome.GoldenFailure,
        ClaimStatus.KnownFailure or ClaimStatus.Skipped => JUnitOutcome.Skipped,
        _ => JUnitOutcome.Passed,
    };
}
