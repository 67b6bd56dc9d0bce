# aliases: defined and used on later lines, listing, unalias, alias with trailing space, in functions
alias hi='echo hello'
hi there
alias ll='ls -1'; alias
unalias ll; alias | grep -c ll
alias q='echo quoted "a  b"'
q
alias e='echo ' w=world
e w
unalias -a; alias | wc -l
hi 2>/dev/null || echo "hi is gone"
