# find -mtime and -mmin with files touched into the past.
touch -d '10 days ago' old
touch -d '2 hours ago' recent
touch now
find . -type f -mtime +5 | sort
find . -type f -mtime -1 | sort
find . -type f -mmin -5 | sort
find . -type f -mmin +60 | sort
find . -type f -newer recent | sort
touch -d '2020-06-01' mid
find . -type f -newermt '2020-01-01' ! -newermt '2021-01-01'
find . -mtime x 2>/dev/null; echo "bad: $?"
find . -newer nosuch 2>/dev/null; echo "no ref: $?"
