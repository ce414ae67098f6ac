namespace ProgramBot.Bot.Dialogs.Forms;

/// <summary>A form's state: its id makes the form's final write happen once, however its turns race.</summary>
public interface IForm
{
    string Id { get; set; }
}
