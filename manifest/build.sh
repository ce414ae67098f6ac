#!/usr/bin/env bash
# Builds the Teams app package: manifest/build/programbot-teams.zip
# Usage: manifest/build.sh <bot-app-id> <domain>
#   bot-app-id  the Azure Bot registration's Microsoft App ID (a GUID)
#   domain      host name only, e.g. programbot.example.com or abc123-3978.euw.devtunnels.ms
set -euo pipefail

usage() {
  echo "usage: $0 <bot-app-id (GUID)> <domain (host name, no scheme or path)>" >&2
  exit 2
}

[[ $# -eq 2 ]] || usage
bot_id="$1"
domain="${2,,}"

guid_re='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
if [[ ! "$bot_id" =~ $guid_re ]]; then
  echo "error: bot app id '$bot_id' is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)" >&2
  exit 2
fi

label='[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?'
domain_re="^${label}(\.${label})+\$"
if [[ "$domain" == *://* || "$domain" == */* || "$domain" == *:* ]]; then
  echo "error: domain '$2' must be a host name only: no scheme, port or path" >&2
  exit 2
fi
if [[ ! "$domain" =~ $domain_re ]]; then
  echo "error: domain '$2' is not a valid host name (e.g. programbot.example.com)" >&2
  exit 2
fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/build"
mkdir -p "$out"
rm -f "$out/manifest.json" "$out/color.png" "$out/outline.png" "$out/programbot-teams.zip"

# Both values were validated above, so they hold no sed metacharacters.
sed -e "s|\${{BOT_ID}}|${bot_id}|g" -e "s|\${{BOT_DOMAIN}}|${domain}|g" \
  "$here/manifest.json" > "$out/manifest.json"

if grep -q '\${{' "$out/manifest.json"; then
  echo "error: unreplaced placeholders left in manifest.json:" >&2
  grep -n '\${{' "$out/manifest.json" >&2
  exit 1
fi

if command -v jq > /dev/null; then
  jq empty "$out/manifest.json"
else
  python3 -m json.tool "$out/manifest.json" > /dev/null
fi

cp "$here/color.png" "$here/outline.png" "$out/"
# -j: no directories, so all three files sit at the zip root; -X: no extra attributes.
(cd "$out" && zip -q -X -j programbot-teams.zip manifest.json color.png outline.png)

echo "built $out/programbot-teams.zip (bot id $bot_id, domain $domain)"
