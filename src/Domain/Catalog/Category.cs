using Headless.Domain.Catalog.Events;
using Headless.Domain.SeedWork;

namespace Headless.Domain.Catalog;

/// <summary>A node in the category tree; siblings are ordered by <see cref="Position"/>.</summary>
public sealed class Category : AggregateRoot
{
    public const int MaxNameLength = 200;
    public const int MaxSlugLength = SlugRule.MaxLength;

    public Category(string slug, string name, Category? parent = null, int position = 0)
    {
        Slug = SlugRule.Validate(slug);
        Name = Guard.Text(name, MaxNameLength, CatalogErrorCodes.InvalidName, "Category name");
        Position = ValidPosition(position);
        Parent = parent;
        ParentId = parent?.Id;
    }

    // For EF Core materialization.
    private Category()
    {
        Slug = null!;
        Name = null!;
    }

    public string Slug { get; private set; }

    public string Name { get; private set; }

    public int Position { get; private set; }

    public Guid? ParentId { get; private set; }

    /// <summary>Loaded with the category when needed; moving a category requires the new parent's ancestors.</summary>
    public Category? Parent { get; private set; }

    public bool IsRoot => ParentId is null;

    public void Rename(string name) =>
        Name = Guard.Text(name, MaxNameLength, CatalogErrorCodes.InvalidName, "Category name");

    public void ChangeSlug(string slug) => Slug = SlugRule.Validate(slug);

    public void Reorder(int position) => Position = ValidPosition(position);

    /// <summary>
    /// Moves this category under <paramref name="newParent"/> (or to the root when null). The parent's
    /// ancestor chain must be loaded: a move under one's own descendant would cut the subtree off the tree.
    /// </summary>
    public void MoveUnder(Category? newParent)
    {
        for (var ancestor = newParent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (ancestor.Id == Id)
            {
                throw new DomainException(
                    CatalogErrorCodes.CategoryCycle,
                    $"Category '{Slug}' cannot be moved under itself or one of its descendants.");
            }

            if (ancestor.ParentId is not null && ancestor.Parent is null)
            {
                throw new InvalidOperationException(
                    $"The ancestors of category '{ancestor.Slug}' must be loaded to move a category under it.");
            }
        }

        var formerParentId = ParentId;
        Parent = newParent;
        ParentId = newParent?.Id;
        if (formerParentId != ParentId)
        {
            AddDomainEvent(new CategoryMoved(Id, formerParentId, ParentId));
        }
    }

    private static int ValidPosition(int position) =>
        position >= 0
            ? position
            : throw new DomainException(CatalogErrorCodes.InvalidPosition, "A position cannot be negative.");
}
