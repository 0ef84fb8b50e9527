namespace Warta.Web.Navigation;

/// <summary>Rules of the section hierarchy shared by the newsroom and the WordPress import.</summary>
public static class SectionTree
{
    /// <summary>
    /// True when giving section <paramref name="id"/> the parent <paramref name="parent"/> would make a loop: the
    /// parent is the section itself or sits somewhere below it. <paramref name="parents"/> maps each section to its parent.
    /// </summary>
    public static bool WouldLoop(int id, int parent, IReadOnlyDictionary<int, int?> parents)
    {
        var seen = new HashSet<int>();
        for (int? at = parent; at is { } current && seen.Add(current); at = parents.GetValueOrDefault(current))
            if (current == id) return true;
        return false;
    }
}
