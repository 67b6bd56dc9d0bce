# env: -i, -u, VAR=x cmd, printing, -- and exit statuses for missing commands.
export KEEP=1 DROP=2
env -i FOO=bar /bin/sh -c 'echo "FOO=$FOO KEEP=${KEEP-unset}"'
env -u DROP /bin/sh -c 'echo "DROP=${DROP-unset} KEEP=$KEEP"'
env -i A=1 B=2 env | sort
FOO=inline env | grep '^FOO='
env X=1 Y=2 sh -c 'echo $X$Y'
env -- sh -c 'echo dashdash'
env nosuchcmd 2>/dev/null; echo "missing: $?"
env -i PATH=/bin sh -c 'echo $PATH'
env -i 2>/dev/null | wc -l
env -u 2>/dev/null; echo "u no arg: $?"
