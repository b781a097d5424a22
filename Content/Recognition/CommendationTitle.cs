using ThiDuaCms.Content.Text;

namespace ThiDuaCms.Content.Recognition;

public enum CommendationKind
{
    /// <summary>Danh hiệu thi đua, e.g. Lao động tiên tiến, Chiến sĩ thi đua cơ sở.</summary>
    EmulationTitle = 0,
    /// <summary>Hình thức khen thưởng, e.g. Giấy khen, Bằng khen, Kỷ niệm chương.</summary>
    Form = 1,
}

/// <summary>Who a title or form can be given to.</summary>
public enum TitleRecipients
{
    /// <summary>Cá nhân.</summary>
    Individual = 0,
    /// <summary>Tập thể.</summary>
    Collective = 1,
    /// <summary>Cá nhân và tập thể.</summary>
    Both = 2,
}

/// <summary>An emulation title or a form of commendation, as data the clerk can add and rename.</summary>
public sealed class CommendationTitle
{
    public int Id { get; set; }
    /// <summary>E.g. "Chiến sĩ thi đua cơ sở", "Bằng khen"; setting it sets <see cref="SortKey"/>.</summary>
    public string Name
    {
        get => _name;
        set
        {
            _name = value;
            SortKey = VietnameseSort.Key(value);
        }
    }
    private string _name = "";

    /// <summary><see cref="VietnameseSort.Key"/> of <see cref="Name"/>, stored: alphabetical lists order by it.</summary>
    public string SortKey { get; private set; } = "";
    public CommendationKind Kind { get; set; }
    public TitleRecipients For { get; set; }
    /// <summary>Higher ranks higher among the titles of one authority level (Chiến sĩ thi đua toàn quốc above Lao động tiên tiến; Huân chương above Bằng khen above Giấy khen).</summary>
    public int Rank { get; set; }

    public bool Allows(RecipientKind recipient) => For switch
    {
        TitleRecipients.Both => true,
        TitleRecipients.Individual => recipient == RecipientKind.Individual,
        TitleRecipients.Collective => recipient == RecipientKind.Collective,
        _ => false,
    };
}
