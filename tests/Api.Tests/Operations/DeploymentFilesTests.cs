using Headless.Api.Health;
using Headless.Api.Tests.Walkthrough;
using YamlDotNet.Serialization;

namespace Headless.Api.Tests.Operations;

/// <summary>
/// The deployment files of ops/ cannot run here (no Docker engine, no Kubernetes), so they are parsed and held to the
/// facts they depend on: the health paths, the drain timings, names that must match between objects, files that exist.
/// </summary>
public sealed class DeploymentFilesTests
{
    private static readonly string Root = RepositoryScript.Root;

    [Fact]
    public void TheKubernetesDeploymentProbesTheHealthEndpointsRunsReadOnlyAsNonRootAndDrainsBeforeItIsKilled()
    {
        var deployment = Load("ops/k8s/deployment.yaml");
        Assert.Equal("Deployment", deployment.Get("kind"));
        var pod = deployment.Map("spec").Map("template").Map("spec");
        var container = pod.List("containers").Single().AsMap();
        Assert.Equal(HealthEndpoints.ReadyPath, container.Map("readinessProbe").Map("httpGet").Get("path"));
        Assert.Equal(HealthEndpoints.LivePath, container.Map("livenessProbe").Map("httpGet").Get("path"));
        Assert.Equal("true", container.Map("securityContext").Get("readOnlyRootFilesystem"));
        Assert.Equal("true", pod.Map("securityContext").Get("runAsNonRoot"));

        // Every mount has a volume, and /tmp is among them (the root file system is read-only).
        var volumes = pod.List("volumes").Select(v => v.AsMap().Get("name")).ToHashSet();
        var mounts = container.List("volumeMounts").Select(m => m.AsMap()).ToList();
        Assert.All(mounts, m => Assert.Contains(m.Get("name"), volumes));
        Assert.Contains("/tmp", mounts.Select(m => m.Get("mountPath")));

        // The drain (preStop pause + Hosting:ShutdownTimeout) ends before the kubelet's SIGKILL.
        var configMap = Load("ops/k8s/configmap.yaml").Map("data");
        var drain = TimeSpan.Parse(configMap.Get("Hosting__ShutdownTimeout"), System.Globalization.CultureInfo.InvariantCulture)
            + TimeSpan.FromSeconds(int.Parse(container.Map("lifecycle").Map("preStop").Map("sleep").Get("seconds"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(TimeSpan.FromSeconds(int.Parse(pod.Get("terminationGracePeriodSeconds"), System.Globalization.CultureInfo.InvariantCulture)) > drain);

        // The settings it reads are the ones the README documents.
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        Assert.All(
            configMap.Keys.Cast<string>().Where(k => k.Contains("__", StringComparison.Ordinal)),
            key => Assert.Contains("`" + key.Replace("__", ":", StringComparison.Ordinal) + "`", readme, StringComparison.Ordinal));
    }

    [Fact]
    public void TheDisruptionBudgetAutoscalerAndServiceSelectTheDeploymentsPods()
    {
        var deployment = Load("ops/k8s/deployment.yaml");
        var name = deployment.Map("metadata").Get("name");
        var labels = deployment.Map("spec").Map("template").Map("metadata").Map("labels");

        var pdb = Load("ops/k8s/pdb.yaml");
        Assert.Equal("PodDisruptionBudget", pdb.Get("kind"));
        Assert.Equal(labels, pdb.Map("spec").Map("selector").Map("matchLabels"));

        var hpa = Load("ops/k8s/hpa.yaml");
        Assert.Equal("HorizontalPodAutoscaler", hpa.Get("kind"));
        Assert.Equal(name, hpa.Map("spec").Map("scaleTargetRef").Get("name"));
        Assert.True(int.Parse(hpa.Map("spec").Get("minReplicas"), System.Globalization.CultureInfo.InvariantCulture) >= 2);

        var service = Load("ops/k8s/service.yaml");
        Assert.Equal(labels, service.Map("spec").Map("selector"));
        Assert.Equal("None", service.Map("spec").Get("sessionAffinity"));

        // The ConfigMap and Secret the pods read exist under those names.
        var sources = deployment.Map("spec").Map("template").Map("spec").List("containers").Single().AsMap().List("envFrom").Select(e => e.AsMap()).ToList();
        Assert.Equal(Load("ops/k8s/configmap.yaml").Map("metadata").Get("name"), sources.Single(s => s.ContainsKey("configMapRef")).Map("configMapRef").Get("name"));
        Assert.Equal(Load("ops/k8s/secret.example.yaml").Map("metadata").Get("name"), sources.Single(s => s.ContainsKey("secretRef")).Map("secretRef").Get("name"));

        // kubectl apply -k takes every manifest but the example Secret.
        var listed = Load("ops/k8s/kustomization.yaml").List("resources").Select(r => r.ToString()).ToHashSet();
        var files = Directory.GetFiles(Path.Combine(Root, "ops", "k8s"), "*.yaml").Select(f => Path.GetFileName(f))
            .Where(f => f is not "kustomization.yaml" and not "secret.example.yaml").ToHashSet();
        Assert.Equal(files, listed);
    }

    [Fact]
    public void TheComposeFileRunsPostgresRedisThreeReadOnlyApiReplicasAndNginxFromFilesThatExist()
    {
        var compose = Load("ops/compose.yaml");
        var services = compose.Map("services");
        Assert.Equal(["api", "nginx", "postgres", "redis"], services.Keys.Cast<string>().Order());
        var api = services.Map("api");
        Assert.Equal("3", api.Map("deploy").Get("replicas"));
        Assert.Equal("true", api.Get("read_only"));
        Assert.True(File.Exists(Path.Combine(Root, "ops", api.Map("build").Get("context"), api.Map("build").Get("dockerfile"))));
        Assert.Equal("Postgres", api.Map("environment").Get("Database__Provider"));
        Assert.Equal("true", api.Map("environment").Get("ForwardedHeaders__Enabled"));
        var nginxConfig = services.Map("nginx").List("volumes").Single().ToString()!.Split(':')[0];
        Assert.True(File.Exists(Path.Combine(Root, "ops", nginxConfig)));
    }

    [Fact]
    public void TheDockerfileBuildsInOneStageRunsInAnotherAsNonRootAndCopiesOnlyWhatExists()
    {
        var lines = File.ReadAllLines(Path.Combine(Root, "ops", "Dockerfile"));
        Assert.True(lines.Count(l => l.StartsWith("FROM ", StringComparison.Ordinal)) >= 2);
        Assert.Contains("USER $APP_UID", lines);
        Assert.Contains(lines, l => l.StartsWith("ENTRYPOINT [\"dotnet\", \"Headless.Api.dll\"]", StringComparison.Ordinal));
        foreach (var copy in lines.Where(l => l.StartsWith("COPY ", StringComparison.Ordinal) && !l.Contains("--from", StringComparison.Ordinal)))
        {
            var parts = copy.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.All(parts[1..^1], source => Assert.True(Path.Exists(Path.Combine(Root, source)), $"{copy}: {source} does not exist"));
        }
    }

    private static YamlMap Load(string path) =>
        new((Dictionary<object, object>)new DeserializerBuilder().Build().Deserialize<object>(File.ReadAllText(Path.Combine(Root, path)))!);
}
