#!/usr/bin/env python3
"""Checks that every place of a network file lies in its country.

    build-aux/check-coordinates.py node_modules/world-atlas data/network.json

Each place's coordinates are tested against the Natural Earth 1:50m polygon of
its ISO country; a swapped latitude and longitude or a wrong hemisphere puts a
place far outside. Coastal cities may sit a few kilometres off the generalised
coastline. Exit status 1 if a place is more than 25 km outside its country.
"""
import importlib.util
import json
import math
import sys
from pathlib import Path

# The TopoJSON decoding is the basemap converter's
_spec = importlib.util.spec_from_file_location(
    "converter", Path(__file__).with_name("natural-earth-to-basemap.py"))
converter = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(converter)

TOLERANCE_KM = 25
ISO_CODES = Path("/usr/share/iso-codes/json/iso_3166-1.json")


def ring(arcs, indices):
    points = []
    for i in indices:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def inside(lon, lat, points):
    result = False
    for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]):
        if (y1 > lat) != (y2 > lat) and lon < (x2 - x1) * (lat - y1) / (y2 - y1) + x1:
            result = not result
    return result


def distance_km(lon, lat, points):
    return min(math.hypot((x - lon) * math.cos(math.radians(lat)), y - lat) * 111.2 for x, y in points)


def main():
    atlas, network_path = Path(sys.argv[1]), Path(sys.argv[2])
    topology = json.loads((atlas / "countries-50m.json").read_text())
    arcs = converter.decode_arcs(topology, lambda lon, lat: (lon, lat))
    alpha2 = {e["numeric"]: e["alpha_2"] for e in json.loads(ISO_CODES.read_text())["3166-1"]}
    polygons = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = alpha2.get(geometry.get("id"))
        parts = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
        polygons.setdefault(code, []).extend([[ring(arcs, r) for r in p] for p in parts])

    network = json.loads(network_path.read_text())
    status = 0
    for place in network["centres"] + network.get("affiliates", []):
        lon, lat, code = place["longitude"], place["latitude"], place["country"]
        shapes = polygons.get(code, [])
        if any(inside(lon, lat, s[0]) and not any(inside(lon, lat, h) for h in s[1:]) for s in shapes):
            continue
        off = min((distance_km(lon, lat, s[0]) for s in shapes), default=float("inf"))
        print(f"{place['id']}: ({lat}, {lon}) is {off:.0f} km outside {code}")
        status |= off > TOLERANCE_KM
    sys.exit(status)


if __name__ == "__main__":
    main()
