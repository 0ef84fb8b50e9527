using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warta.Web.Articles;
using Warta.Web.Comments;

namespace Warta.Web.Data.Configurations;

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> comment)
    {
        comment.Property(c => c.AuthorName).HasMaxLength(Comment.NameMaxLength);
        comment.Property(c => c.AuthorEmail).HasMaxLength(Comment.EmailMaxLength);
        comment.Property(c => c.AuthorUrl).HasMaxLength(Comment.UrlMaxLength);
        comment.Property(c => c.AuthorIp).HasMaxLength(64);
        comment.Property(c => c.UserAgent).HasMaxLength(500);
        comment.Property(c => c.Text).HasMaxLength(Comment.TextMaxLength);
        comment.HasIndex(c => new { c.ArticleId, c.Status, c.CreatedAt });
        comment.HasIndex(c => c.AuthorEmail);
        comment.HasIndex(c => c.WordPressId).IsUnique();
        comment.HasIndex(c => new { c.AuthorIp, c.CreatedAt });
        comment.HasOne<Article>().WithMany(a => a.Comments).HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        comment.HasOne<Comment>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
