using System.Linq.Expressions;

namespace Headless.Infrastructure.Catalog;

/// <summary>Combines lambdas over the same parameter type into one balanced predicate, so EF Core sees a single shallow tree.</summary>
internal static class ExpressionComposer
{
    public static Expression<Func<T, bool>> AndAlso<T>(IEnumerable<Expression<Func<T, bool>>> predicates) =>
        Combine(predicates, Expression.AndAlso, whenEmpty: true);

    public static Expression<Func<T, bool>> OrElse<T>(IEnumerable<Expression<Func<T, bool>>> predicates) =>
        Combine(predicates, Expression.OrElse, whenEmpty: false);

    /// <summary>The body of <paramref name="lambda"/> with its parameter replaced by <paramref name="argument"/>.</summary>
    public static Expression Inline(LambdaExpression lambda, Expression argument) =>
        new ParameterReplacer(lambda.Parameters[0], argument).Visit(lambda.Body);

    private static Expression<Func<T, bool>> Combine<T>(
        IEnumerable<Expression<Func<T, bool>>> predicates,
        Func<Expression, Expression, BinaryExpression> combine,
        bool whenEmpty)
    {
        var parameter = Expression.Parameter(typeof(T), "p");
        var bodies = predicates.Select(predicate => Inline(predicate, parameter)).ToList();
        var body = bodies.Count == 0 ? Expression.Constant(whenEmpty) : Balanced(bodies, 0, bodies.Count, combine);
        return Expression.Lambda<Func<T, bool>>(body, parameter);
    }

    // A chain a || b || c || … is as deep as it is long, and EF Core's visitors and SQL generation recurse over that
    // depth (a stack overflow kills the process); a balanced tree of the same terms is only log2(n) deep.
    private static Expression Balanced(List<Expression> terms, int start, int count, Func<Expression, Expression, BinaryExpression> combine)
    {
        if (count == 1)
        {
            return terms[start];
        }

        var half = count / 2;
        return combine(Balanced(terms, start, half, combine), Balanced(terms, start + half, count - half, combine));
    }

    private sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }
}
