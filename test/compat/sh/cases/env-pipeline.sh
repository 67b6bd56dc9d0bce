# Variables exported to pipeline children, env -i, assignments before commands.
export GREETING=hi
env | grep '^GREETING='
LOCAL=only sh -c 'echo "$LOCAL"'
echo "LOCAL=${LOCAL:-unset}"
env -i X=1 sh -c 'echo "X=$X GREETING=${GREETING:-none}"'
