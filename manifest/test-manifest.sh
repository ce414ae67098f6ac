#!/usr/bin/env bash
# Quick self-check of the Teams package: builds it with a sample id and domain and
# checks the zip's contents, the placeholders, the command lists and the icons.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
sample_id="0b7e2c1a-3f4d-4e5a-9b6c-7d8e9f0a1b2c"
sample_domain="programbot-test.example.com"
zip_path="$here/build/programbot-teams.zip"
failures=0

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok:   $*"; }

# Bad arguments are refused.
if "$here/build.sh" not-a-guid "$sample_domain" > /dev/null 2>&1; then fail "accepted a non-GUID app id"; else pass "rejects a non-GUID app id"; fi
if "$here/build.sh" "$sample_id" "https://$sample_domain/api" > /dev/null 2>&1; then fail "accepted a domain with scheme and path"; else pass "rejects a domain with scheme and path"; fi

"$here/build.sh" "$sample_id" "$sample_domain" > /dev/null

entries="$(unzip -Z1 "$zip_path" | sort | tr '\n' ' ')"
if [[ "$entries" == "color.png manifest.json outline.png " ]]; then pass "zip holds manifest.json, color.png, outline.png at its root"; else fail "zip entries: $entries"; fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
unzip -q "$zip_path" -d "$tmp"

if grep -q '\${{' "$tmp/manifest.json"; then fail "placeholders left: $(grep -o '\${{[A-Z_]*}}' "$tmp/manifest.json" | sort -u | tr '\n' ' ')"; else pass "all placeholders replaced"; fi

python3 - "$tmp" "$sample_id" "$sample_domain" <<'PY' || failures=$((failures + 1))
import json, struct, sys, zlib

folder, bot_id, domain = sys.argv[1:4]
problems = []

m = json.load(open(f"{folder}/manifest.json"))
if float(m["manifestVersion"]) < 1.17: problems.append("manifestVersion below 1.17")
if m["id"] != bot_id: problems.append("id is not the bot id")
bot = m["bots"][0]
if bot["botId"] != bot_id: problems.append("botId is not the bot id")
if sorted(bot["scopes"]) != ["groupChat", "personal", "team"]: problems.append(f"scopes {bot['scopes']}")
if domain not in m["validDomains"]: problems.append("domain missing from validDomains")
if not m["developer"]["websiteUrl"].startswith(f"https://{domain}"): problems.append("websiteUrl not on the domain")
listed = {s for cl in bot["commandLists"] for s in cl["scopes"]}
if listed != set(bot["scopes"]): problems.append(f"command lists cover {sorted(listed)}")
for cl in bot["commandLists"]:
    if len(cl["commands"]) > 10: problems.append(f"{cl['scopes']}: more than 10 commands")
    for c in cl["commands"]:
        if len(c["title"]) > 32: problems.append(f"title too long: {c['title']}")
        if len(c["description"]) > 128: problems.append(f"description too long: {c['title']}")

def read_png(path):
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path}: not a PNG"
    pos, idat, ihdr = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR": ihdr = struct.unpack(">IIBBBBB", body)
        if kind == b"IDAT": idat += body
        pos += 12 + length
    return ihdr, idat

for name, size in (("color.png", 192), ("outline.png", 32)):
    ihdr, idat = read_png(f"{folder}/{name}")
    if (ihdr[0], ihdr[1]) != (size, size): problems.append(f"{name} is {ihdr[0]}x{ihdr[1]}, want {size}x{size}")

# The outline icon must be white on transparent: decode it (RGBA, filter 0 rows, as written).
ihdr, idat = read_png(f"{folder}/outline.png")
w, h, depth, ctype = ihdr[:4]
if (depth, ctype) != (8, 6):
    problems.append("outline.png is not 8-bit RGBA")
else:
    raw = zlib.decompress(idat)
    stride = 1 + 4 * w
    opaque = 0
    for y in range(h):
        row = raw[y * stride:(y + 1) * stride]
        if row[0] != 0: problems.append("outline.png uses a row filter this check cannot read"); break
        for x in range(w):
            r, g, b, a = row[1 + 4 * x:5 + 4 * x]
            if a and (r, g, b) != (255, 255, 255): problems.append(f"outline.png pixel {x},{y} is not white"); break
            opaque += a > 0
    if opaque == 0: problems.append("outline.png is empty")
    if opaque == w * h: problems.append("outline.png has no transparent background")

for p in problems: print("FAIL:", p, file=sys.stderr)
if not problems: print("ok:   manifest fields, command lists and icon sizes (192x192, 32x32 white on transparent)")
sys.exit(1 if problems else 0)
PY

if [[ $failures -eq 0 ]]; then echo "manifest self-check passed"; else echo "manifest self-check: $failures failure(s)" >&2; exit 1; fi
