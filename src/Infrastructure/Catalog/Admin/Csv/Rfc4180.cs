using System.Text;

namespace Headless.Infrastructure.Catalog.Admin.Csv;

/// <summary>
/// A small RFC 4180 reader and writer (no CSV package is available here): comma-separated fields, fields quoted with
/// <c>"</c> when they hold a comma, quote or line break, a quote inside a quoted field doubled. Line breaks may be
/// CRLF or LF. Bounded: it refuses a record with more than <paramref name="maxFields"/> fields rather than growing.
/// </summary>
public static class Rfc4180
{
    public static IReadOnlyList<CsvRecord> Parse(string text, int maxFields = 256)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var i = 0;
        var atFieldStart = true;

        // A byte order mark from a spreadsheet export is not part of the first column's name.
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            i = 1;
        }

        void EndField()
        {
            if (fields.Count >= maxFields)
            {
                throw new CsvFormatException(recordLine, $"A record has more than {maxFields} fields.");
            }

            fields.Add(field.ToString());
            field.Clear();
            atFieldStart = true;
        }

        void EndRecord()
        {
            EndField();
            // A blank line is no record (it would otherwise read as one empty field).
            if (fields.Count > 1 || fields[0].Length > 0)
            {
                records.Add(new CsvRecord(recordLine, [.. fields]));
            }

            fields.Clear();
            recordLine = line;
        }

        while (i < text.Length)
        {
            var c = text[i];
            if (atFieldStart && c == '"')
            {
                atFieldStart = false;
                i++;
                var closed = false;
                while (i < text.Length)
                {
                    var q = text[i];
                    if (q == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        closed = true;
                        i++;
                        break;
                    }

                    if (q == '\n')
                    {
                        line++;
                    }

                    field.Append(q);
                    i++;
                }

                if (!closed)
                {
                    throw new CsvFormatException(recordLine, "A quoted field is not closed.");
                }

                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    throw new CsvFormatException(line, "A closing quote must be followed by a comma or the end of the line.");
                }

                continue;
            }

            atFieldStart = false;
            switch (c)
            {
                case ',':
                    EndField();
                    i++;
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    i++;
                    break;
                case '\r' or '\n':
                    line++;
                    i++;
                    EndRecord();
                    break;
                case '"':
                    throw new CsvFormatException(line, "A quote may only appear in a quoted field.");
                default:
                    field.Append(c);
                    i++;
                    break;
            }
        }

        if (!atFieldStart || field.Length > 0 || fields.Count > 0)
        {
            EndRecord();
        }

        return records;
    }

    /// <summary>Writes the records with CRLF line ends, quoting only the fields that need it.</summary>
    public static string Write(IEnumerable<IReadOnlyList<string>> records)
    {
        var text = new StringBuilder();
        foreach (var record in records)
        {
            for (var f = 0; f < record.Count; f++)
            {
                if (f > 0)
                {
                    text.Append(',');
                }

                var value = record[f];
                if (value.AsSpan().IndexOfAny(",\"\r\n") >= 0)
                {
                    text.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
                }
                else
                {
                    text.Append(value);
                }
            }

            text.Append("\r\n");
        }

        return text.ToString();
    }
}
