using TheoryCheck.Engine.Running;

namespace TheoryCheck.Engine.Checks;

/// <summary>Evaluates a check definition against a claim's points; a check that cannot be evaluated gets verdict Error with the reason.</summary>
public static class CheckEvaluator
{
    public static CheckResult Evaluate(CheckDefinition definition, IReadOnlyList<PointResult> points)
    {
        try
        {
            return definition switch
            {
                ConvergesDefinition c => ConvergesCheck.Evaluate(c, points),
                BoundDefinition b => BoundCheck.Evaluate(b, points),
                AgreesDefinition a => AgreesCheck.Evaluate(a, points),
                _ => throw new CheckException($"no evaluator for check kind '{definition.Kind}'"),
            };
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
