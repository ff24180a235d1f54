# colorsys: the six conversions on fixed colours, round trips, clipping and errors
import colorsys

print(sorted(colorsys.__all__))
print(colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD)

colours = [
    (0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (0.5, 0.5, 0.5), (1.0, 0.0, 0.0),
    (0.0, 1.0, 0.0), (0.0, 0.0, 1.0), (1.0, 1.0, 0.0), (0.0, 1.0, 1.0),
    (1.0, 0.0, 1.0), (0.2, 0.4, 0.6), (0.9, 0.1, 0.3), (0.25, 0.75, 0.5),
    (0.8, 0.8, 0.1), (0.1, 0.2, 0.15),
]
for rgb in colours:
    print('rgb', rgb)
    yiq = colorsys.rgb_to_yiq(*rgb)
    hls = colorsys.rgb_to_hls(*rgb)
    hsv = colorsys.rgb_to_hsv(*rgb)
    print('  yiq', yiq)
    print('  hls', hls)
    print('  hsv', hsv)
    back = (colorsys.yiq_to_rgb(*yiq), colorsys.hls_to_rgb(*hls), colorsys.hsv_to_rgb(*hsv))
    print('  back', back)
    print('  close', all(abs(a - b) < 1e-9 for trip in back for a, b in zip(trip, rgb)))

# hues past 1.0 and below 0 wrap around for HLS; HSV takes the sixth modulo 6
for h in (0.0, 1 / 6, 0.5, 2 / 3, 0.99, 1.25, -0.25):
    print('hue', h, colorsys.hls_to_rgb(h, 0.5, 1.0), colorsys.hsv_to_rgb(h, 1.0, 1.0))
# zero saturation gives grey
print(colorsys.hls_to_rgb(0.3, 0.4, 0.0), colorsys.hsv_to_rgb(0.3, 0.0, 0.4))
# YIQ outside the RGB cube is clipped
print(colorsys.yiq_to_rgb(1.0, 0.6, 0.6), colorsys.yiq_to_rgb(0.0, -0.6, -0.5))
# integers are accepted and give floats
print(colorsys.rgb_to_hsv(255, 128, 0), colorsys.rgb_to_hls(1, 0, 0))

for call, args in ((colorsys.rgb_to_hsv, ('a', 'b', 'c')), (colorsys.hsv_to_rgb, (float('nan'), 1.0, 1.0)),
                   (colorsys.rgb_to_hsv, (0.0, -1.0, -1.0)), (colorsys.rgb_to_yiq, (1, 2))):
    try:
        print(call(*args))
    except Exception as e:
        print(type(e).__name__, e)
