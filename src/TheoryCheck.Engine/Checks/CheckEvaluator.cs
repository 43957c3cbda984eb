using TheoryCheck.Engine.Running;

namespace TheoryCheck.Engine.Checks;

/// <summary>Evaluates a check definition against a claim's points; a check that cannot be evaluated gets verdict Error with the reason.</summary>
public static class CheckEvaluator
{
    public static CheckResult Evaluate(CheckDefinition definition, IReadOnlyList<PointResult> points)
    {
        try
        {
            return definition.Checker.Evaluate(definition, points);
        }
        catch (CheckException e)
        {
            return new CheckResult(definition, Verdict.Error, e.Message, new Dictionary<string, double>());
        }
        catch (ArgumentException e)
        {
            return new CheckResult(definition, Verdict.Error, e.Message, new Dictionary<string, double>());
        }
    }
}
