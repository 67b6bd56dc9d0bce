# du listing order and depth options (names only: block sizes depend on the file system).
mkdir -p a/b/c a/d; touch a/b/c/f a/d/g a/h
du a | cut -f2 | sort
du -a a | cut -f2 | sort
du --max-depth=1 a | cut -f2 | sort
du -d 0 a | cut -f2 | sort
du -s a/b a/d | cut -f2 | sort
du -c a/b a/d | cut -f2 | sort
du -sk a | cut -f2 | sort
