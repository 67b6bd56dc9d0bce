node -e "console.log(require('child_process').execSync('echo from execSync; echo \$((2+3))').toString().trim())"
node -e "require('child_process').exec('exit 3', (e) => console.log('code', e && e.code))"
node -e "const r=require('child_process').spawnSync('sh',['-c','echo \$0-\$1','me','arg'],{encoding:'utf8'}); console.log(r.stdout.trim(), r.status)"
