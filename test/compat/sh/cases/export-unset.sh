export LATER
echo "[${LATER-unset}]"
LATER=now
node -e "console.log(process.env.LATER)"
