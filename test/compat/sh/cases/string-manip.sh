# Parameter expansion for path and version handling, as release scripts do it.
path=/usr/local/lib/libfoo.so.1.2.3
echo "${path##*/} ${path%/*} ${path#/usr/} ${path%%.*}"
ver=${path##*.so.}
major=${ver%%.*}; rest=${ver#*.}; minor=${rest%%.*}; patch=${rest#*.}
echo "$major $minor $patch"
echo "next: $major.$((minor + 1)).0"
file="archive.tar.gz"
echo "${file%.tar.gz} ${file##*.} ${#file}"
s="  padded  "; echo "[${s# }] [${s%% }]"
empty=; echo "${empty:-default} ${empty-set} ${unset_var:+alt}x"
v=abc; echo "${v:+has} ${#v}"
list="a:b:c"; old=$IFS; IFS=:; set -- $list; IFS=$old; echo "$# $2"
case $path in *.so.*) echo shared ;; *) echo other ;; esac
x=hello; echo "${x%l*}|${x%%l*}|${x#*l}|${x##*l}"
