using Microsoft.Extensions.Localization;

namespace Warta.Web.Resources;

/// <summary>
/// Counted phrases by the language's plural rule: Indonesian does not inflect ("1 komentar", "5 komentar"), English does
/// ("1 comment", "5 comments"). A language with a singular form has "Key_one" in its resources; the rest use "Key".
/// </summary>
public static class Plurals
{
    public static string Count(this IStringLocalizer text, string key, long count, params object[] more)
    {
        object[] arguments = [count, .. more];
        if (count == 1 && text[key + "_one", arguments] is { ResourceNotFound: false } one) return one;
        return text[key, arguments];
    }
}
