namespace Headless.GraphQL.Tests.Validation;

/// <summary>One document of the validation corpus: the file it came from, its title and source.</summary>
public sealed record ValidationCase(string File, string Name, string Document)
{
    public override string ToString() => $"{File}: {Name}";

    /// <summary>Reads every Cases/*.graphql file; cases start with a <c>#### title</c> line.</summary>
    public static IReadOnlyList<ValidationCase> LoadAll()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "Validation", "Cases");
        var cases = new List<ValidationCase>();
        foreach (var path in Directory.GetFiles(directory, "*.graphql").Order(StringComparer.Ordinal))
        {
            var file = Path.GetFileNameWithoutExtension(path);
            string? name = null;
            var body = new List<string>();
            foreach (var line in System.IO.File.ReadAllLines(path).Append("#### "))
            {
                if (!line.StartsWith("#### ", StringComparison.Ordinal))
                {
                    if (name is not null)
                    {
                        body.Add(line);
                    }

                    continue;
                }

                if (name is not null)
                {
                    cases.Add(new ValidationCase(file, name, string.Join("\n", body).Trim()));
                }

                name = line[5..].Trim();
                body.Clear();
            }
        }

        return cases;
    }
}
