// Import attributes: JSON needs type json, other modules must not claim it, unknown attributes fail.
try { await import('./data.json'); } catch (e) { console.log(e.name, e.code, e.message.split(process.cwd()).join('.')); }
try { await import('./lib/a.mjs', { with: { type: 'json' } }); } catch (e) { console.log(e.name, e.code, e.message.split(process.cwd()).join('.')); }
try { await import('./data.json', { with: { type: 'css' } }); } catch (e) { console.log(e.name, e.code, e.message.split(process.cwd()).join('.')); }
try { await import('./data.json', { with: { type: 'json', other: 'x' } }); console.log('ok other') } catch (e) { console.log(e.name, e.code, e.message.split(process.cwd()).join('.')); }
const clean = (s) => String(s).split(process.cwd()).join('.');
try {
  await import('./lib/static-json.mjs');
} catch (e) {
  console.log(e.name, e.code, clean(e.message));
}
