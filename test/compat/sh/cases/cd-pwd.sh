start=$(pwd)
mkd() { node -e "require('fs').mkdirSync('$1',{recursive:true})"; }
mkd sub/dir
cd sub/dir
pwd | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(s.trim().endsWith('/sub/dir')))"
cd ..
basename_() { echo "${1##*/}"; }
basename_ "$(pwd)"
cd "$start"
cd /nonexistent_dir 2>/dev/null; echo "cd status $?"
cd /
pwd
cd - >/dev/null
[ "$(pwd)" = "$start" ] && echo back
