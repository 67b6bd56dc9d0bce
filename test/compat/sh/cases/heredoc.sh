name=World
cat_() { while IFS= read -r l; do echo "$l"; done; }
cat_ <<END
Hello $name
  indented
sum $((1+1))
END
cat_ <<'END'
no $expansion here
END
cat_ <<-END
	tabs stripped $name
		twice
	END
cat_ << "Q"
quoted "$name"
Q
echo after
