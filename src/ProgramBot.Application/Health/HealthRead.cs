using ProgramBot.Application.Views;
using ProgramBot.Domain.Dependencies;

namespace ProgramBot.Application.Health;

/// <summary>What one health read gives: each project's health and their open milestones with forecasts.</summary>
public sealed record HealthRead(IReadOnlyList<ProjectHealthView> Projects, IReadOnlyList<MilestoneForecast> Milestones);

/// <summary>An open milestone and its forecast finish (its due date, or later when a dependency pushes it).</summary>
public sealed record MilestoneForecast(TaskRef Ref, string Title, DateOnly? Forecast);
