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
    /// <summary>The claim's group (<see cref="ClaimGroups"/>, the classification every report shares) as JUnit counts it.</summary>
    public static JUnitOutcome Of(ClaimReport r) => ClaimGroups.Of(r) switch
    {
        ClaimGroup.Error => JUnitOutcome.Error,
        ClaimGroup.NotReproduced or ClaimGroup.UnexpectedPass => JUnitOutcome.Failure,
        ClaimGroup.GoldenFailure => JUnitOutcome.GoldenFailure,
        ClaimGroup.KnownFailure or ClaimGroup.Skipped => JUnitOutcome.Skipped,
        _ => JUnitOutcome.Passed,
    };
}
