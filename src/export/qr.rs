//! QR codes of sign-in links: SVG for the printed badges, PNG for e-mail
//! (mail programs show PNG images, few show SVG).

use qrcode::{Color, QrCode, render::svg};

/// The code as inline SVG; the input is our own URL, never user text.
pub fn svg(link: &str) -> Result<String, String> {
    let code = QrCode::new(link.as_bytes()).map_err(|e| format!("QR code: {e}"))?;
    Ok(code
        .render::<svg::Color>()
        .min_dimensions(160, 160)
        .quiet_zone(true)
        .build())
}

/// Pixels per module of the PNG.
const SCALE: usize = 6;
/// The white margin readers need, in modules.
const QUIET_ZONE: usize = 4;

/// The code as a black-and-white PNG, one bit per pixel.
pub fn png(link: &str) -> Result<Vec<u8>, String> {
    let code = QrCode::new(link.as_bytes()).map_err(|e| format!("QR code: {e}"))?;
    let modules = code.width();
    let colors = code.to_colors();
    let side = (modules + 2 * QUIET_ZONE) * SCALE;
    let row_bytes = side.div_ceil(8);
    let mut pixels = vec![0xFF_u8; row_bytes * side];
    for y in 0..side {
        for x in 0..side {
            let (mx, my) = (x / SCALE, y / SCALE);
            let dark = (QUIET_ZONE..QUIET_ZONE + modules).contains(&mx)
                && (QUIET_ZONE..QUIET_ZONE + modules).contains(&my)
                && colors[(my - QUIET_ZONE) * modules + (mx - QUIET_ZONE)] == Color::Dark;
            if dark {
                pixels[y * row_bytes + x / 8] &= !(0x80 >> (x % 8));
            }
        }
    }
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, side as u32, side as u32);
    encoder.set_color(png::ColorType::Grayscale);
    encoder.set_depth(png::BitDepth::One);
    let mut writer = encoder.write_header().map_err(|e| e.to_string())?;
    writer
        .write_image_data(&pixels)
        .map_err(|e| e.to_string())?;
    writer.finish().map_err(|e| e.to_string())?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_png_of_the_link_with_its_margin() {
        let bytes =
            png("https://convene.example.org/signin/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG")
                .unwrap();
        assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"));
        let decoder = png::Decoder::new(std::io::Cursor::new(&bytes));
        let reader = decoder.read_info().unwrap();
        let info = reader.info();
        assert_eq!(info.width, info.height);
        assert_eq!(info.width as usize % SCALE, 0);
        assert!(info.width >= 200, "{} px", info.width);
    }
}
