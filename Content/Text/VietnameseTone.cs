namespace ThiDuaCms.Content.Text;

/// <summary>
/// The six Vietnamese tones, numbered in the dictionaries' order (Từ điển tiếng Việt, Hoàng Phê):
/// ma, mà, mả, mã, má, mạ.
/// </summary>
public enum VietnameseTone
{
    /// <summary>Thanh ngang: no mark.</summary>
    Ngang = 0,
    /// <summary>Thanh huyền: grave, U+0300.</summary>
    Huyen = 1,
    /// <summary>Thanh hỏi: hook above, U+0309.</summary>
    Hoi = 2,
    /// <summary>Thanh ngã: tilde, U+0303.</summary>
    Nga = 3,
    /// <summary>Thanh sắc: acute, U+0301.</summary>
    Sac = 4,
    /// <summary>Thanh nặng: dot below, U+0323.</summary>
    Nang = 5,
}
