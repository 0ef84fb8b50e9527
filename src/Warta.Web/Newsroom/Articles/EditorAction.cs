namespace Warta.Web.Newsroom.Articles;

/// <summary>The buttons of the editor: every one saves what was typed, then moves the article along its workflow.</summary>
public enum EditorAction
{
    Save,
    Submit,
    Publish,
    Schedule,
    Unpublish,
    Trash,
    Restore,

    /// <summary>Not a button: a scheduled story's time has come (the scheduler).</summary>
    GoLive,
}
