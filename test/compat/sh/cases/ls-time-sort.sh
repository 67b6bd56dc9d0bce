# ls -t and -tr order by modification time (set with touch -d), newest first.
touch -d '2020-01-01 00:00:00' old
touch -d '2021-06-01 12:00:00' mid
touch -d '2023-03-03 03:03:03' new
ls -t
echo --
ls -tr
echo --
ls -t -1 old new mid
echo --
ls -lt --time-style=+%Y-%m-%d | cut -c1 | head -3
ls -g --time-style=long-iso old mid
ls -o --full-time old
ls -l --time-style=+%Y/%m/%d new
ls -l --time-style=iso old
ls -lG --time-style=long-iso mid
ls -l --time-style=bogus old 2>/dev/null; echo "bad style: $?"
