printf 'lib_var=from-lib\nlib_fn() { echo "lib fn $1"; }\n' > lib.sh
. ./lib.sh
echo $lib_var
lib_fn arg
