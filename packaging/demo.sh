#!/usr/bin/env bash
# Starts Parasol on the embedded default: parasol-central on SQLite with the demo data,
# and the console logged in as agent01. Installs and builds what is missing first.
# Without a display, it runs the console under xvfb-run, saves a screenshot of the main
# window with a demo customer, prints the PNG's path and exits.
#
# Data lives in ${XDG_DATA_HOME:-~/.local/share}/parasol (delete the folder to start over).
set -euo pipefail
cd "$(dirname "$0")/.."

./packaging/install-dependencies.sh
cmake --preset ci >/dev/null
cmake --build --preset ci --target parasol parasol-central

bin="$PWD/build/ci/src/app"
data="${XDG_DATA_HOME:-$HOME/.local/share}/parasol"
mkdir -p "$data"
database="$data/central.sqlite"
seed=()
[ -f "$database" ] || seed=(--seed demo)

password_file="$data/demo-password"
( umask 077 && printf 'parasol-demo\n' > "$password_file" )

central_log="$data/central.log"
"$bin/parasol-central" --db "sqlite:$database" --listen 127.0.0.1:0 "${seed[@]}" >"$central_log" 2>&1 &
central_pid=$!
stop_central() {
  kill -TERM "$central_pid" 2>/dev/null || true
  wait "$central_pid" 2>/dev/null || true
}
trap stop_central EXIT

url=""
for _ in $(seq 1 600); do
  url=$(sed -n 's/^listening on //p' "$central_log" | head -n 1)
  [ -n "$url" ] && break
  if ! kill -0 "$central_pid" 2>/dev/null; then
    echo "parasol-central stopped:" >&2
    cat "$central_log" >&2
    exit 1
  fi
  sleep 0.1
done
[ -n "$url" ] || { echo "parasol-central did not start; see $central_log" >&2; exit 1; }
echo "parasol-central: $url (log: $central_log)"

console=("$bin/parasol" --central "$url" --user agent01 --password-file "$password_file" --data-dir "$data/console")
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  "${console[@]}"
else
  shot="$data/parasol-demo.png"
  xvfb-run -a -s "-screen 0 1366x768x24" "$bin/parasol" --grab "$shot" --central "$url" --user agent01 \
    --password-file "$password_file" --data-dir "$data/console" --customer +8613800138000
  echo "$shot"
fi
