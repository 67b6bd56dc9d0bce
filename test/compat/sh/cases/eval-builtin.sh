cmd='echo evaluated'
eval $cmd
v=name; eval "$v=value"; echo $name
eval 'for i in 1 2; do echo $i; done'
eval "exit 6"
