"""Conversions between RGB and the YIQ, HLS and HSV colour systems.

Every coordinate is a float; RGB, HLS and HSV values lie in [0, 1], YIQ's I and Q may be
negative. Taipan's version, written from the module's documentation; the arithmetic follows
the documented formulas step by step so results agree with CPython's to the last bit.
"""

__all__ = ["rgb_to_yiq", "yiq_to_rgb", "rgb_to_hls", "hls_to_rgb",
           "rgb_to_hsv", "hsv_to_rgb"]

ONE_THIRD = 1.0 / 3.0
ONE_SIXTH = 1.0 / 6.0
TWO_THIRD = 2.0 / 3.0


def _unit(x):
    # YIQ -> RGB can leave the cube; the result is clipped back into [0, 1].
    return 0.0 if x < 0.0 else (1.0 if x > 1.0 else x)


def rgb_to_yiq(r, g, b):
    luma = 0.30 * r + 0.59 * g + 0.11 * b
    dr = r - luma
    db = b - luma
    return (luma, 0.74 * dr - 0.27 * db, 0.48 * dr + 0.41 * db)


def yiq_to_rgb(y, i, q):
    # the inverse of the matrix in rgb_to_yiq
    red = y + 0.9468822170900693 * i + 0.6235565819861433 * q
    green = y - 0.27478764629897834 * i - 0.6356910791873801 * q
    blue = y - 1.1085450346420322 * i + 1.7090069284064666 * q
    return (_unit(red), _unit(green), _unit(blue))


def _hue(r, g, b, top, spread):
    """The hue in [0, 1) of a colour whose largest component is top (spread > 0)."""
    dist_r = (top - r) / spread
    dist_g = (top - g) / spread
    dist_b = (top - b) / spread
    if top == r:
        sector = dist_b - dist_g
    elif top == g:
        sector = 2.0 + dist_r - dist_b
    else:
        sector = 4.0 + dist_g - dist_r
    return (sector / 6.0) % 1.0


def rgb_to_hls(r, g, b):
    top = max(r, g, b)
    bottom = min(r, g, b)
    total = top + bottom
    spread = top - bottom
    lightness = total / 2.0
    if top == bottom:
        return (0.0, lightness, 0.0)
    if lightness <= 0.5:
        saturation = spread / total
    else:
        saturation = spread / (2.0 - top - bottom)
    return (_hue(r, g, b, top, spread), lightness, saturation)


def _hls_channel(low, high, hue):
    hue = hue % 1.0
    if hue < ONE_SIXTH:
        return low + (high - low) * hue * 6.0
    if hue < 0.5:
        return high
    if hue < TWO_THIRD:
        return low + (high - low) * (TWO_THIRD - hue) * 6.0
    return low


def hls_to_rgb(h, l, s):
    if s == 0.0:
        return (l, l, l)
    high = l * (1.0 + s) if l <= 0.5 else l + s - (l * s)
    low = 2.0 * l - high
    return (_hls_channel(low, high, h + ONE_THIRD),
            _hls_channel(low, high, h),
            _hls_channel(low, high, h - ONE_THIRD))


def rgb_to_hsv(r, g, b):
    top = max(r, g, b)
    bottom = min(r, g, b)
    if top == bottom:
        return (0.0, 0.0, top)
    spread = top - bottom
    return (_hue(r, g, b, top, spread), spread / top, top)


def hsv_to_rgb(h, s, v):
    if s == 0.0:
        return (v, v, v)
    sector = int(h * 6.0)
    frac = (h * 6.0) - sector
    p = v * (1.0 - s)
    q = v * (1.0 - s * frac)
    t = v * (1.0 - s * (1.0 - frac))
    # which of v, p, q, t each channel takes, by the sixth of the hue circle
    return ((v, t, p), (q, v, p), (p, v, t), (p, q, v), (t, p, v), (v, p, q))[sector % 6]
