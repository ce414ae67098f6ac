using System.Text.Json.Nodes;

namespace ProgramBot.Bot.Channels.Teams.Cards;

/// <summary>
/// Body elements. Text passed here is shown as Markdown: run user text through <see cref="CardText.Escape(string?)"/> first.
/// </summary>
public static class CardElements
{
    public static JsonObject Text(string markdown) =>
        new() { ["type"] = "TextBlock", ["text"] = markdown, ["wrap"] = true };

    public static JsonObject Heading(string markdown)
    {
        var block = Text(markdown);
        block["size"] = "Medium";
        block["weight"] = "Bolder";
        return block;
    }

    public static JsonObject Subtle(string markdown)
    {
        var block = Text(markdown);
        block["isSubtle"] = true;
        block["spacing"] = "None";
        return block;
    }

    /// <summary>A text in one of the host's semantic colours: good, warning, attention, accent.</summary>
    public static JsonObject Colored(string markdown, string color)
    {
        var block = Text(markdown);
        block["color"] = color;
        block["weight"] = "Bolder";
        return block;
    }

    public static JsonObject Separated(JsonObject element)
    {
        ArgumentNullException.ThrowIfNull(element);
        element["separator"] = true;
        return element;
    }

    public static JsonObject Container(params JsonObject[] items) =>
        new() { ["type"] = "Container", ["items"] = new JsonArray([.. items]) };

    public static JsonObject Columns(params JsonObject[] columns) =>
        new() { ["type"] = "ColumnSet", ["columns"] = new JsonArray([.. columns]) };

    /// <summary>A column: width "stretch", "auto" or a weight.</summary>
    public static JsonObject Column(string width, params JsonObject[] items) =>
        new() { ["type"] = "Column", ["width"] = width, ["items"] = new JsonArray([.. items]) };

    public static JsonObject TextInput(string id, string placeholder, int maxLength) => new()
    {
        ["type"] = "Input.Text",
        ["id"] = id,
        ["placeholder"] = placeholder,
        ["isMultiline"] = true,
        ["maxLength"] = maxLength,
    };
}
