# du -s -h -a -c and df -h: shape and statuses (sizes differ between filesystems, so only forms).
mkdir -p d/sub
head -c 5000 /dev/zero > d/f
head -c 100 /dev/zero > d/sub/g
du -s d | cut -f2
du d | cut -f2 | sort
du -a d | cut -f2 | sort
du -sh d | cut -f2
du -c d/f d/sub | cut -f2
du -s nosuch 2>/dev/null; echo "missing: $?"
du -sh d | cut -f1 | grep -q '^[0-9.]*[KMG]\{0,1\}$' && echo human
df -h / >/dev/null; echo "df: $?"
df / | head -1 | cut -c1-10
df -P / | head -1 | tr -s ' ' | cut -d' ' -f1-2
df nosuch 2>/dev/null; echo "df missing: $?"
