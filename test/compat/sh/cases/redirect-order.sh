node -e "console.error('E')" 2>&1 >/dev/null | while read l; do echo "piped: $l"; done
{ echo out; echo err >&2; } 2>/dev/null
node -e "console.log('O'); console.error('E2')" >/dev/null 2>&1; echo "silent $?"
