using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Headless.Infrastructure.Hosting;

/// <summary>
/// How long each start-up phase took, in wall-clock and CPU milliseconds, counted from the process's own start (so
/// the runtime's start-up before <c>Main</c> is included). CPU time is what a phase costs whatever the machine's
/// load; wall-clock time is what an orchestrator waits for.
/// </summary>
public sealed class StartupTimeline
{
    private readonly Lock gate = new();
    private readonly List<Phase> phases = [];
    private readonly DateTime processStart;
    private TimeSpan lastWall;
    private TimeSpan lastCpu;

    private StartupTimeline(DateTime processStart) => this.processStart = processStart;

    /// <summary>The timeline of this process; its first phase is the runtime's start-up up to this call.</summary>
    public static StartupTimeline Begin(string firstPhase = "runtime")
    {
        using var process = Process.GetCurrentProcess();
        var timeline = new StartupTimeline(process.StartTime.ToUniversalTime());
        timeline.Mark(firstPhase);
        return timeline;
    }

    public TimeSpan Elapsed => DateTime.UtcNow - processStart;

    /// <summary>Ends the phase called <paramref name="name"/> now (it began when the previous one ended).</summary>
    public void Mark(string name)
    {
        var wall = Elapsed;
        var cpu = CpuTime();
        lock (gate)
        {
            phases.Add(new Phase(name, wall - lastWall, cpu - lastCpu));
            lastWall = wall;
            lastCpu = cpu;
        }
    }

    /// <summary>"1234 ms (CPU 1500 ms): runtime 80/60, host 200/250, …", each phase as wall/CPU milliseconds.</summary>
    public string Describe()
    {
        lock (gate)
        {
            var text = new StringBuilder()
                .Append(CultureInfo.InvariantCulture, $"{lastWall.TotalMilliseconds:0} ms (CPU {lastCpu.TotalMilliseconds:0} ms):");
            foreach (var phase in phases)
            {
                text.Append(CultureInfo.InvariantCulture, $" {phase.Name} {phase.Wall.TotalMilliseconds:0}/{phase.Cpu.TotalMilliseconds:0}");
            }

            return text.ToString();
        }
    }

    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private sealed record Phase(string Name, TimeSpan Wall, TimeSpan Cpu);
}
