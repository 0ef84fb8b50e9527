using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Warta.Web.Data;

namespace Warta.Tests.Data;

/// <summary>
/// The app starts on a compiled EF model (Data/CompiledModel, from `dotnet ef dbcontext optimize`) to save start-up
/// time. It must describe exactly the model the code builds: regenerate it whenever an entity or its configuration
/// changes (the command is in README's development notes), or this fails.
/// </summary>
public class CompiledModelTests
{
    [Fact]
    public void TheCompiledModel_MatchesTheModelTheCodeBuilds()
    {
        using var built = new WartaDb(new DbContextOptionsBuilder<WartaDb>().UseSqlite("Data Source=:memory:").Options);
        using var compiled = new WartaDb(new DbContextOptionsBuilder<WartaDb>().UseSqlite("Data Source=:memory:")
            .UseModel(Warta.Web.Data.CompiledModel.WartaDbModel.Instance).Options);

        Assert.Equal(Describe(built.GetService<IDesignTimeModel>().Model.GetRelationalModel()), Describe(compiled.Model.GetRelationalModel()));
        Assert.Equal(Describe(built.GetService<IDesignTimeModel>().Model), Describe(compiled.Model));
    }

    /// <summary>Every entity's properties with the facets SQLite's column types do not show (length, precision).</summary>
    private static List<string> Describe(IModel model) =>
        model.GetEntityTypes().SelectMany(e => e.GetProperties().Select(p =>
                $"{e.Name}.{p.Name} {p.ClrType.Name} {(p.IsNullable ? "null" : "not null")} max {p.GetMaxLength()} unicode {p.IsUnicode()} {p.ValueGenerated}")
            .Concat(e.GetNavigations().Select(n => $"{e.Name} navigation {n.Name} -> {n.TargetEntityType.Name}")))
            .Order(StringComparer.Ordinal).ToList();

    /// <summary>Every table with its columns (type, nullability), keys, indexes and foreign keys, as lines to compare.</summary>
    private static List<string> Describe(IRelationalModel model) =>
        model.Tables.SelectMany(t =>
                t.Columns.Select(c => $"{t.Name}.{c.Name} {c.StoreType} {(c.IsNullable ? "null" : "not null")}")
                    .Concat(t.Indexes.Select(i => $"{t.Name} index {i.Name} ({string.Join(",", i.Columns.Select(c => c.Name))}){(i.IsUnique ? " unique" : "")}"))
                    .Concat(t.UniqueConstraints.Select(u => $"{t.Name} key {u.Name} ({string.Join(",", u.Columns.Select(c => c.Name))})"))
                    .Concat(t.ForeignKeyConstraints.Select(f => $"{t.Name} fk {f.Name} ({string.Join(",", f.Columns.Select(c => c.Name))}) -> {f.PrincipalTable.Name} {f.OnDeleteAction}")))
            .Order(StringComparer.Ordinal).ToList();
}
