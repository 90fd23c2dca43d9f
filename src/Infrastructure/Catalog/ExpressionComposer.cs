using System.Linq.Expressions;

namespace Headless.Infrastructure.Catalog;

/// <summary>Combines lambdas over the same parameter type into one, so EF Core sees a single predicate.</summary>
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
        Expression? body = null;
        foreach (var predicate in predicates)
        {
            var inlined = Inline(predicate, parameter);
            body = body is null ? inlined : combine(body, inlined);
        }

        return Expression.Lambda<Func<T, bool>>(body ?? Expression.Constant(whenEmpty), parameter);
    }

    private sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }
}
