namespace ThiDuaCms.Web.Tests.Support;

/// <summary>Form fields in order, as a browser posts them; a name may repeat (checkbox lists).</summary>
internal sealed class FormData : List<KeyValuePair<string, string>>
{
    public FormData()
    {
    }

    public FormData(IEnumerable<(string Name, string Value)> fields) =>
        AddRange(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));

    public void Add(string name, string value) => Add(KeyValuePair.Create(name, value));

    /// <summary>Replaces every value of <paramref name="name"/> with one (or adds it), as typing into a field would.</summary>
    public FormData Set(string name, string value)
    {
        var index = FindIndex(f => f.Key == name);
        RemoveAll(f => f.Key == name);
        Insert(index < 0 ? Count : index, KeyValuePair.Create(name, value));
        return this;
    }

    public FormData Without(string name)
    {
        RemoveAll(f => f.Key == name);
        return this;
    }

    public string? this[string name] => Find(f => f.Key == name) is { Key: not null } field ? field.Value : null;
}
