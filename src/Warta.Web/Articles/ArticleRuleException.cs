namespace Warta.Web.Articles;

/// <summary>A workflow rule said no. <see cref="Rule"/> names a UI string ("Rule_" + Rule) that explains why.</summary>
public sealed class ArticleRuleException(string rule) : InvalidOperationException(rule)
{
    public string Rule { get; } = rule;
}
