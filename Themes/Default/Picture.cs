using ThiDuaCms.Content.Articles;

namespace ThiDuaCms.Themes.Default;

/// <summary>
/// What <c>_Picture.cshtml</c> renders: an image, the width it takes on the page (the <c>sizes</c> attribute), and
/// whether it is above the fold (loaded at once) or below it (lazy).
/// </summary>
/// <param name="Image">The image; its width and height give the box, so the page does not shift as it loads.</param>
/// <param name="Sizes">CSS widths per media condition, e.g. <c>(min-width: 64rem) 22rem, 100vw</c>.</param>
/// <param name="Eager">True for the lead or cover image, which the reader sees first.</param>
/// <param name="CssClass">Class of the <c>img</c>.</param>
/// <param name="Alt">Replaces the image's own alt text (e.g. "Ảnh chân dung …" on a profile).</param>
public sealed record Picture(ImageRef Image, string Sizes, bool Eager = false, string? CssClass = null, string? Alt = null)
{
    /// <summary>A card in the three-column grid.</summary>
    public const string CardSizes = "(min-width: 64rem) 22rem, (min-width: 40rem) 50vw, 100vw";
    /// <summary>The lead card on the home page, image beside the text on wide screens.</summary>
    public const string LeadSizes = "(min-width: 64rem) 39rem, 100vw";
    /// <summary>An article's cover, the width of the article.</summary>
    public const string CoverSizes = "(min-width: 72rem) 64rem, 100vw";
    /// <summary>A round portrait: 3.5rem in lists, 6rem on a profile.</summary>
    public const string AvatarSizes = "6rem";
}
