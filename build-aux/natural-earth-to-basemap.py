#!/usr/bin/env python3
"""Convert Natural Earth countries (TopoJSON from the npm package world-atlas)
into data/basemap.bin, the form the app draws tiles from fastest.

    npm install world-atlas@2      # once, anywhere
    build-aux/natural-earth-to-basemap.py node_modules/world-atlas data/basemap.bin

Coordinates are projected once here to Web Mercator, scaled to [0, 1] (x east,
y south), and stored as little-endian float32. The layout (all counts uint32):

    "SCMBASE1"  n_levels
    per level:  min_zoom  n_polygons  n_lines  n_labels
      polygon:  n_rings  bbox[4]  then per ring: n_points  xy[2 * n_points]
      line:     kind (0 coast, 1 border)  n_points  bbox[4]  xy[2 * n_points]
      label:    x  y  bbox[4]  alpha2 (2 bytes)  name_length (uint16)  name  padding to 4

Natural Earth is in the public domain.
"""
import json
import math
import struct
import sys
from pathlib import Path

MAX_LATITUDE = 85.05112878
ISO_CODES = Path("/usr/share/iso-codes/json/iso_3166-1.json")
# Level of detail: 1:110m for the world views, 1:50m from zoom 3 on.
LEVELS = [("countries-110m.json", 0), ("countries-50m.json", 3)]


def project(lon, lat):
    lat = max(-MAX_LATITUDE, min(MAX_LATITUDE, lat))
    x = (lon + 180.0) / 360.0
    y = (1.0 - math.log(math.tan(math.radians(lat)) + 1.0 / math.cos(math.radians(lat))) / math.pi) / 2.0
    return x, y


def decode_arcs(topology, transform=project):
    """The topology's arcs as lists of points, each passed through @transform(lon, lat)."""
    scale_x, scale_y = topology["transform"]["scale"]
    shift_x, shift_y = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append(transform(x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def unwrap(points):
    """Makes a line that crosses the antimeridian continuous (x may leave [0, 1])."""
    out = [points[0]]
    shift = 0.0
    for (x0, _), (x1, y1) in zip(points, points[1:]):
        if x1 - x0 > 0.5:
            shift -= 1.0
        elif x0 - x1 > 0.5:
            shift += 1.0
        out.append((x1 + shift, y1))
    return out


def copy_shifts(points):
    shifts = [0.0]
    if max(p[0] for p in points) > 1.0:
        shifts.append(-1.0)
    if min(p[0] for p in points) < 0.0:
        shifts.append(1.0)
    return shifts


def wrapped_copies(points):
    """The line itself, plus a copy one world over for the part beyond an edge."""
    return [[(x + shift, y) for x, y in points] for shift in copy_shifts(points)]


def ring_points(arcs, indices):
    points = []
    for index in indices:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return unwrap(points)


def bbox(points):
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def ring_area(points):
    area = 0.0
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1]):
        area += x0 * y1 - x1 * y0
    return area / 2.0


def ring_centroid(points):
    area = ring_area(points)
    if abs(area) < 1e-15:
        return points[0]
    cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1]):
        cross = x0 * y1 - x1 * y0
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    return cx / (6 * area), cy / (6 * area)


def country_polygons(geometry):
    if geometry.get("type") == "Polygon":
        return [geometry["arcs"]]
    if geometry.get("type") == "MultiPolygon":
        return geometry["arcs"]
    return []


def pack_points(points):
    return struct.pack(f"<{2 * len(points)}f", *[c for p in points for c in p])


def build_level(topology, alpha2_of, min_zoom):
    arcs = decode_arcs(topology)
    geometries = topology["objects"]["countries"]["geometries"]
    uses = [0] * len(arcs)
    polygons, labels = [], []

    for geometry in geometries:
        largest = None
        all_points = []
        for polygon in country_polygons(geometry):
            rings = [ring_points(arcs, ring) for ring in polygon]
            for ring in polygon:
                for index in ring:
                    uses[index if index >= 0 else ~index] += 1
            # Copies of a polygon that crosses the antimeridian share its holes' shift
            polygons.extend([[[(x + shift, y) for x, y in r] for r in rings]
                             for shift in copy_shifts(rings[0])])
            all_points.extend(rings[0])
            if largest is None or abs(ring_area(rings[0])) > abs(ring_area(largest)):
                largest = rings[0]
        code = alpha2_of.get(geometry.get("id"))
        name = geometry.get("properties", {}).get("name")
        if largest and code and name and 0.0 <= ring_centroid(largest)[0] <= 1.0:
            labels.append((ring_centroid(largest), bbox(largest), code, name))

    lines = [(1 if uses[index] >= 2 else 0, copy)
             for index, arc in enumerate(arcs) for copy in wrapped_copies(unwrap(arc))]
    out = bytearray(struct.pack("<4I", min_zoom, len(polygons), len(lines), len(labels)))
    for rings in polygons:
        out += struct.pack("<I4f", len(rings), *bbox([p for r in rings for p in r]))
        for ring in rings:
            out += struct.pack("<I", len(ring)) + pack_points(ring)
    for kind, line in lines:
        out += struct.pack("<2I4f", kind, len(line), *bbox(line)) + pack_points(line)
    for (x, y), box, code, name in labels:
        encoded = name.encode("utf-8")
        out += struct.pack("<6f2sH", x, y, *box, code.encode("ascii"), len(encoded)) + encoded
        out += b"\0" * (-len(encoded) % 4)
    return out


def main():
    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    iso = json.loads(ISO_CODES.read_text())["3166-1"]
    alpha2_of = {entry["numeric"]: entry["alpha_2"] for entry in iso}
    out = bytearray(b"SCMBASE1" + struct.pack("<I", len(LEVELS)))
    for filename, min_zoom in LEVELS:
        out += build_level(json.loads((source / filename).read_text()), alpha2_of, min_zoom)
    target.write_bytes(out)
    print(f"{target}: {len(out)} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
