//! The frame's height, as the widget asks the loader for it.
//!
//! Every height message reaches the host page, and a pixel there can log them. A height that
//! followed the content would tell it which questions were shown, whether the crisis card came
//! up and how long the result is. So the height is a function of things the host already knows
//! or that say nothing about the answers: the frame's width (set by the host's layout) and the
//! root font size (the visitor's text-size setting, the same before and after any answer).
//! Content taller than that scrolls inside the frame. The widget sends the height once at
//! start-up and again only when this function gives a new value, i.e. when the host resizes the
//! frame's width; never because of anything the visitor does inside it.

/// Height in lines of root text (rem) for each width band, narrowest first: narrow frames wrap
/// more, so they get more lines. Chosen so that the top bar, the "Get help now" bar and a
/// question with five or six options fit without scrolling at each width; the loader keeps
/// the frame within the window anyway.
const BANDS: [(f64, f64); 3] = [(480.0, 44.0), (720.0, 40.0), (f64::INFINITY, 36.0)];

/// The root font size assumed when the browser reports none or nonsense.
const DEFAULT_FONT_PX: f64 = 19.0;

/// The least and most the widget ever asks for; the loader clamps to the same range.
pub const MIN_HEIGHT: u32 = 320;
/// See [`MIN_HEIGHT`].
pub const MAX_HEIGHT: u32 = 1600;

/// The height in CSS pixels for a frame `width` CSS pixels wide whose root text is `font_px`.
pub fn frame_height(width: f64, font_px: f64) -> u32 {
    let font = if font_px.is_finite() && font_px > 0.0 { font_px.clamp(8.0, 64.0) } else { DEFAULT_FONT_PX };
    let lines = BANDS.iter().find(|(below, _)| width < *below).map_or(36.0, |(_, lines)| *lines);
    ((lines * font).round() as u32).clamp(MIN_HEIGHT, MAX_HEIGHT)
}

/// The root font size in pixels from a computed `font-size` such as `"19px"` or
/// `"18.6667px"`: digits with at most one point, which is all a computed size ever is. Read by
/// hand because the standard library's float parser brings a 10 KB table of powers of five
/// into the wasm for this one number, and that table does not compress (bench/size.md).
pub fn font_px(computed: &str) -> f64 {
    let Some(number) = computed.trim().strip_suffix("px").map(str::trim) else { return DEFAULT_FONT_PX };
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    if whole.is_empty() || !whole.bytes().chain(fraction.bytes()).all(|b| b.is_ascii_digit()) {
        return DEFAULT_FONT_PX;
    }
    let mut px = whole.bytes().fold(0.0, |n, b| n * 10.0 + f64::from(b - b'0'));
    let mut scale = 1.0;
    for b in fraction.bytes() {
        scale /= 10.0;
        px += f64::from(b - b'0') * scale;
    }
    px
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn narrower_frames_get_more_lines_and_larger_text_more_pixels() {
        assert_eq!(frame_height(320.0, 19.0), 836);
        assert_eq!(frame_height(600.0, 19.0), 760);
        assert_eq!(frame_height(1200.0, 19.0), 684);
        assert_eq!(frame_height(1200.0, 38.0), 1368);
    }

    #[test]
    fn nonsense_sizes_give_a_usable_height() {
        for (w, f) in [(f64::NAN, f64::NAN), (-5.0, 0.0), (f64::INFINITY, 1e9), (0.0, -1.0)] {
            let h = frame_height(w, f);
            assert!((MIN_HEIGHT..=MAX_HEIGHT).contains(&h), "{w} {f} -> {h}");
        }
        assert_eq!(font_px("19px"), 19.0);
        assert_eq!(font_px(" 24px "), 24.0);
        assert!((font_px("18.6667px") - 18.6667).abs() < 1e-9);
        assert_eq!(font_px("0.5px"), 0.5);
        assert_eq!(font_px("19.px"), 19.0, "a point with nothing after it, as the old parser read it");
        // Too many digits to be a real size: infinite, which frame_height treats as nonsense.
        let huge = font_px(&["9".repeat(400), "px".to_owned()].concat());
        assert!(huge.is_infinite());
        assert!((MIN_HEIGHT..=MAX_HEIGHT).contains(&frame_height(600.0, huge)));
        for nonsense in ["large", "px", ".5px", "1.2.3px", "-3px", "1e2px", "19", "19 px x"] {
            assert_eq!(font_px(nonsense), DEFAULT_FONT_PX, "{nonsense}");
        }
    }
}
