#!/usr/bin/env python3
"""Checks an exported image: check-image.py FILE WIDTH HEIGHT

A PNG must have that size and show the map (many sea-blue and land pixels are
not checked here; the in-process test samples colours); an SVG must declare it.
"""
import re
import struct
import sys
import zlib

path, width, height = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
data = open(path, "rb").read()

if path.endswith(".png"):
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    w, h = struct.unpack(">II", data[16:24])
    assert (w, h) == (width, height), f"PNG is {w}x{h}, not {width}x{height}"
    # Decompress the image data: it must be a real, non-uniform picture
    idat = b"".join(data[i + 8:i + 8 + struct.unpack(">I", data[i:i + 4])[0]]
                    for i in [m.start() - 4 for m in re.finditer(b"IDAT", data)])
    raw = zlib.decompress(idat)
    assert len(set(raw[::97])) > 20, "the PNG is nearly blank"
else:
    text = data.decode("utf-8")
    assert text.startswith("<?xml") and "<svg" in text and text.rstrip().endswith("</svg>"), "not an SVG"
    assert f'viewBox="0 0 {width} {height}"' in text, "the SVG has another size"
print(f"{path}: ok, {width}x{height}")
