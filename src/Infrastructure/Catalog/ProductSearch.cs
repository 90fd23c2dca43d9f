using System.Linq.Expressions;
using Headless.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace Headless.Infrastructure.Catalog;

/// <summary>
/// Search over product name, description and variant SKUs, as a match predicate and an integer relevance key.
/// PostgreSQL: full-text search (<c>to_tsvector</c> with the name weighted above the description,
/// <c>plainto_tsquery</c>, ranked by <c>ts_rank</c>) plus a SKU match (the SKU contains the text, any case). Other providers (SQLite, SQL Server):
/// the documented fallback — every word must occur (LIKE, case-insensitive for ASCII) in the name, the description
/// or a SKU; relevance counts name hits 3, SKU hits 2, description hits 1.
/// </summary>
internal static class ProductSearch
{
    public const int MaxTerms = 8;
    public const string TextSearchConfiguration = "english";

    /// <summary>Scale of the PostgreSQL rank (a small float) to keep relevance an exact integer cursor value.</summary>
    private const int RankScale = 1_000_000;

    public static (Expression<Func<Product, bool>> Match, SortKey Relevance) For(DbContext db, string text, bool descending)
    {
        var trimmed = text.Trim();
        return db.Database.IsNpgsql() ? FullText(trimmed, descending) : Words(trimmed, descending);
    }

    private static (Expression<Func<Product, bool>>, SortKey) FullText(string text, bool descending)
    {
        var sku = text.ToUpperInvariant();
        Expression<Func<Product, bool>> match = p =>
            EF.Functions.ToTsVector(TextSearchConfiguration, p.Name).SetWeight(NpgsqlTsVector.Lexeme.Weight.A)
                .Concat(EF.Functions.ToTsVector(TextSearchConfiguration, p.Description).SetWeight(NpgsqlTsVector.Lexeme.Weight.B))
                .Matches(EF.Functions.PlainToTsQuery(TextSearchConfiguration, text))
            || p.Variants.Any(v => v.Sku.Contains(sku));
        var relevance = SortKey.Create(
            "RELEVANCE",
            p => (int)(EF.Functions.ToTsVector(TextSearchConfiguration, p.Name).SetWeight(NpgsqlTsVector.Lexeme.Weight.A)
                    .Concat(EF.Functions.ToTsVector(TextSearchConfiguration, p.Description).SetWeight(NpgsqlTsVector.Lexeme.Weight.B))
                    .Rank(EF.Functions.PlainToTsQuery(TextSearchConfiguration, text)) * RankScale)
                + (p.Variants.Any(v => v.Sku.Contains(sku)) ? RankScale : 0),
            descending);
        return (match, relevance);
    }

    private static (Expression<Func<Product, bool>>, SortKey) Words(string text, bool descending)
    {
        var patterns = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Take(MaxTerms)
            .Select(word => "%" + word.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%")
            .ToList();
        if (patterns.Count == 0)
        {
            patterns.Add("%");
        }

        var matches = patterns.Select(pattern => (Expression<Func<Product, bool>>)(p =>
            EF.Functions.Like(p.Name, pattern, "\\")
            || EF.Functions.Like(p.Description, pattern, "\\")
            || p.Variants.Any(v => EF.Functions.Like(v.Sku, pattern, "\\"))));

        var parameter = Expression.Parameter(typeof(Product), "p");
        Expression score = Expression.Constant(0);
        foreach (var pattern in patterns)
        {
            Expression<Func<Product, int>> hits = p =>
                (EF.Functions.Like(p.Name, pattern, "\\") ? 3 : 0)
                + (p.Variants.Any(v => EF.Functions.Like(v.Sku, pattern, "\\")) ? 2 : 0)
                + (EF.Functions.Like(p.Description, pattern, "\\") ? 1 : 0);
            score = Expression.Add(score, ExpressionComposer.Inline(hits, parameter));
        }

        var relevance = new SortKey("RELEVANCE", Expression.Lambda<Func<Product, int>>(score, parameter), descending);
        return (ExpressionComposer.AndAlso(matches), relevance);
    }
}
