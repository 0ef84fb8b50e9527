namespace Warta.Web.Import.WordPress;

/// <summary>The export cannot be read; <see cref="Line"/> and <see cref="Column"/> say where, when the XML parser knows.</summary>
public sealed class WxrFormatException(string message, int line, int column, Exception? inner = null) : Exception(message, inner)
{
    public int Line { get; } = line;
    public int Column { get; } = column;
}
