export FOO=bar
node -e "console.log(process.env.FOO)"
BAZ=qux node -e "console.log(process.env.BAZ)"
echo "[$BAZ]"
LOCAL=1
node -e "console.log(process.env.LOCAL === undefined)"
export LOCAL
node -e "console.log(process.env.LOCAL)"
unset FOO
node -e "console.log(process.env.FOO === undefined)"
