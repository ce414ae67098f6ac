using ProgramBot.Web.Hosting;

var app = ProgramBotHost.Build(args);
await app.RunAsync();
