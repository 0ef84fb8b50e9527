using Microsoft.AspNetCore.Html;

namespace Warta.Web.Articles;

/// <summary>An article and its rendered body (and its corrections, on the public page), as the public page and the newsroom preview both show it.</summary>
public sealed record ArticleContent(ArticleView Article, IHtmlContent Body, IHtmlContent? Notes = null);
