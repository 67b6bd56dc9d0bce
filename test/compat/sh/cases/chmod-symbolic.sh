# chmod: octal and symbolic modes (u+x,go-w, a=r, X, =, several clauses), -R.
touch f; mkdir d; touch d/g
chmod 644 f; ls -l f | cut -c1-10
chmod u+x,go-w f; ls -l f | cut -c1-10
chmod a=r f; ls -l f | cut -c1-10
chmod ug+w,o= f; ls -l f | cut -c1-10
chmod =rw f 2>/dev/null; ls -l f | cut -c1-10
chmod 600 d/g; chmod -R a+X d; ls -ld d | cut -c1-10; ls -l d/g | cut -c1-10
chmod u=rwx,g=u-w f; ls -l f | cut -c1-10
chmod +t d; ls -ld d | cut -c1-10
chmod 4755 f; ls -l f | cut -c1-10
chmod g+s d; ls -ld d | cut -c1-10
chmod 0 f; ls -l f | cut -c1-10
chmod bogus f 2>/dev/null; echo "bad mode: $?"
chmod 644 nosuch 2>/dev/null; echo "missing: $?"
